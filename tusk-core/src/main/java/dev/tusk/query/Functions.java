package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Scalar functions and expressions for {@code annotate}, {@code values}, {@code orderBy} and
 * conditions; meant for static import. Function names come from a fixed catalogue; every value is
 * bound.
 */
public final class Functions {
    private Functions() {
    }

    public static StringExpression lower(Expression<String> text) {
        return new ComputedExpressions.TextNode(call(Function.LOWER, text));
    }

    public static StringExpression upper(Expression<String> text) {
        return new ComputedExpressions.TextNode(call(Function.UPPER, text));
    }

    public static NumberExpression<Integer> length(Expression<String> text) {
        return new ComputedExpressions.NumberNode<>(call(Function.LENGTH, text));
    }

    public static StringExpression trim(Expression<String> text) {
        return new ComputedExpressions.TextNode(call(Function.TRIM, text));
    }

    /** The text of every argument run together; NULLs count as empty ({@code concat}). */
    public static StringExpression concat(Expression<?>... parts) {
        return new ComputedExpressions.TextNode(call(Function.CONCAT, parts));
    }

    /** The first non-null argument. */
    @SafeVarargs
    public static <V> OrderedExpression<V> coalesce(Expression<? extends V>... candidates) {
        return new ComputedExpressions.OrderedNode<>(call(Function.COALESCE, candidates));
    }

    /** The expression, or a bound fallback when it is NULL. */
    public static <V> OrderedExpression<V> coalesce(Expression<V> expression, V fallback) {
        return new ComputedExpressions.OrderedNode<>(new Expr.Call(Function.COALESCE,
                List.of(expression.node(), Expressions.valueFor(expression.node(), required(fallback, "coalesce")))));
    }

    /** NULL when the expression equals {@code value}, else the expression. */
    public static <V> OrderedExpression<V> nullif(Expression<V> expression, V value) {
        return new ComputedExpressions.OrderedNode<>(new Expr.Call(Function.NULLIF,
                List.of(expression.node(), Expressions.valueFor(expression.node(), required(value, "nullif")))));
    }

    /** The transaction's start time. */
    public static OrderedExpression<OffsetDateTime> now() {
        return new ComputedExpressions.OrderedNode<>(new Expr.Call(Function.NOW, List.of()));
    }

    public static <N extends Number> NumberExpression<N> abs(NumberExpression<N> number) {
        return new ComputedExpressions.NumberNode<>(call(Function.ABS, number));
    }

    /** Rounded to {@code digits} decimal places (numeric). */
    public static NumberExpression<java.math.BigDecimal> round(NumberExpression<?> number, int digits) {
        return new ComputedExpressions.NumberNode<>(new Expr.Call(Function.ROUND,
                List.of(new Expr.Cast(number.node(), "numeric"), new Expr.Value(digits, null))));
    }

    @SafeVarargs
    public static <V> OrderedExpression<V> greatest(Expression<? extends V>... values) {
        return new ComputedExpressions.OrderedNode<>(call(Function.GREATEST, values));
    }

    @SafeVarargs
    public static <V> OrderedExpression<V> least(Expression<? extends V>... values) {
        return new ComputedExpressions.OrderedNode<>(call(Function.LEAST, values));
    }

    /**
     * {@code CAST(expression AS type)}. The type must look like a type name ({@code text},
     * {@code numeric(10,2)}, {@code integer[]}); anything else is refused.
     */
    public static <V> OrderedExpression<V> cast(Expression<?> expression, String sqlType, Class<V> javaType) {
        return new ComputedExpressions.OrderedNode<>(new Expr.Cast(required(expression, "cast").node(), sqlType));
    }

    /** {@code EXTRACT(unit FROM source)} as a number. */
    public static NumberExpression<java.math.BigDecimal> extract(DateUnit unit, Expression<?> source) {
        return new ComputedExpressions.NumberNode<>(new Expr.DatePart(required(unit, "extract"), source.node(), false));
    }

    /** {@code date_trunc('unit', source)}: the same type as the source. */
    public static <T> OrderedExpression<T> dateTrunc(DateUnit unit, Expression<T> source) {
        return new ComputedExpressions.OrderedNode<>(new Expr.DatePart(required(unit, "dateTrunc"), source.node(), true));
    }

    /** A bound constant usable where an expression is expected. */
    public static <V> OrderedExpression<V> value(V constant) {
        return new ComputedExpressions.OrderedNode<>(new Expr.Value(required(constant, "value"), null));
    }

    /** A condition as a boolean value: {@code annotate(condition(User_.age.gte(18)).as("adult"))}. */
    public static BooleanExpression condition(Condition condition) {
        return new ComputedExpressions.BooleanNode(new Expr.Predicate(required(condition, "condition")));
    }

    /** A subquery that returns one value per outer row: {@code annotate(scalar(...).as("posts"))}. */
    public static <V> OrderedExpression<V> scalar(Query<?> query, Selection value) {
        SelectQuery ast = query.toAst();
        return new ComputedExpressions.OrderedNode<>(new Expr.Scalar(new SelectQuery(ast.ctes(), ast.source(),
                List.of(value), ast.distinct(), ast.where(), ast.grouping(), ast.orderBy(), ast.limit(), ast.offset(),
                ast.lock())));
    }

    /** {@code CASE WHEN ... THEN ... ELSE ... END}: {@code caseWhen(User_.age.lt(18), value("minor")).otherwise(value("adult"))}. */
    public static <V> CaseBuilder<V> caseWhen(Condition condition, Expression<V> then) {
        return new CaseBuilder<V>(List.of()).when(condition, then);
    }

    /** Collects the branches of a CASE expression. */
    public record CaseBuilder<V>(List<Expr.When> branches) {
        public CaseBuilder<V> when(Condition condition, Expression<V> then) {
            List<Expr.When> more = new ArrayList<>(branches);
            more.add(new Expr.When(required(condition, "when"), required(then, "then").node()));
            return new CaseBuilder<>(List.copyOf(more));
        }

        public OrderedExpression<V> otherwise(Expression<V> fallback) {
            return new ComputedExpressions.OrderedNode<>(new Expr.Case(branches, required(fallback, "otherwise").node()));
        }

        /** Without ELSE: NULL when no branch matches. */
        public OrderedExpression<V> end() {
            return new ComputedExpressions.OrderedNode<>(new Expr.Case(branches, null));
        }
    }

    private static Expr call(Function function, Expression<?>... arguments) {
        if (arguments == null || arguments.length == 0) {
            throw new ValidationException(function.sql() + "(...) needs at least one argument");
        }
        List<Expr> nodes = new ArrayList<>(arguments.length);
        for (Expression<?> argument : arguments) {
            nodes.add(required(argument, function.sql()).node());
        }
        return new Expr.Call(function, List.copyOf(nodes));
    }

    static <X> X required(X value, String operation) {
        if (value == null) {
            throw new ValidationException(operation + "(...) argument must not be null");
        }
        return value;
    }
}
