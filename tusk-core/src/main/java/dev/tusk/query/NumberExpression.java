package dev.tusk.query;

/** A numeric expression: comparisons plus arithmetic. */
public interface NumberExpression<N extends Number> extends OrderedExpression<N> {

    default NumberExpression<N> plus(N value) {
        return arithmetic(ArithmeticOperator.PLUS, Expressions.valueFor(node(), value));
    }

    default NumberExpression<N> plus(NumberExpression<?> other) {
        return arithmetic(ArithmeticOperator.PLUS, other.node());
    }

    default NumberExpression<N> minus(N value) {
        return arithmetic(ArithmeticOperator.MINUS, Expressions.valueFor(node(), value));
    }

    default NumberExpression<N> minus(NumberExpression<?> other) {
        return arithmetic(ArithmeticOperator.MINUS, other.node());
    }

    default NumberExpression<N> times(N value) {
        return arithmetic(ArithmeticOperator.TIMES, Expressions.valueFor(node(), value));
    }

    default NumberExpression<N> times(NumberExpression<?> other) {
        return arithmetic(ArithmeticOperator.TIMES, other.node());
    }

    default NumberExpression<N> dividedBy(N value) {
        return arithmetic(ArithmeticOperator.DIVIDE, Expressions.valueFor(node(), value));
    }

    default NumberExpression<N> dividedBy(NumberExpression<?> other) {
        return arithmetic(ArithmeticOperator.DIVIDE, other.node());
    }

    default NumberExpression<N> modulo(N value) {
        return arithmetic(ArithmeticOperator.MODULO, Expressions.valueFor(node(), value));
    }

    private NumberExpression<N> arithmetic(ArithmeticOperator operator, Expr right) {
        if (right instanceof Expr.Value value && value.value() == null) {
            throw new dev.tusk.exception.ValidationException("arithmetic with null: use coalesce(...) instead");
        }
        return new ComputedExpressions.NumberNode<>(new Expr.Arithmetic(node(), operator, right));
    }
}
