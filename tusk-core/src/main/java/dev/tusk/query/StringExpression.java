package dev.tusk.query;

/** A text expression: ordering, patterns, full text and the text functions. */
public interface StringExpression extends OrderedExpression<String>, PatternExpression {

    default StringExpression lower() {
        return new ComputedExpressions.TextNode(new Expr.Call(Function.LOWER, java.util.List.of(node())));
    }

    default StringExpression upper() {
        return new ComputedExpressions.TextNode(new Expr.Call(Function.UPPER, java.util.List.of(node())));
    }

    default StringExpression trim() {
        return new ComputedExpressions.TextNode(new Expr.Call(Function.TRIM, java.util.List.of(node())));
    }

    default NumberExpression<Integer> length() {
        return new ComputedExpressions.NumberNode<>(new Expr.Call(Function.LENGTH, java.util.List.of(node())));
    }
}
