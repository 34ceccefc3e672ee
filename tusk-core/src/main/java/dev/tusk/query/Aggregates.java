package dev.tusk.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * Aggregate functions, for {@code aggregate(...)}, {@code annotate} with {@code groupBy}, {@code having}
 * and windows ({@code sum(x).over()}); meant for static import. Each result is typed, so
 * {@code having(count().gt(5L))} compiles and {@code having(count().gt("5"))} does not.
 */
public final class Aggregates {
    private Aggregates() {
    }

    /** {@code count(*)}. */
    public static AggregateExpression<Long> count() {
        return new AggregateExpression<>(new Expr.Aggregate(AggregateFunction.COUNT, null, false, null));
    }

    /** {@code count(x)}: rows where x is not NULL. */
    public static AggregateExpression<Long> count(Expression<?> expression) {
        return aggregate(AggregateFunction.COUNT, expression, false);
    }

    /** {@code count(DISTINCT x)}. */
    public static AggregateExpression<Long> countDistinct(Expression<?> expression) {
        return aggregate(AggregateFunction.COUNT, expression, true);
    }

    /** {@code sum(x)}: bigint for integers, numeric for bigint and numeric. Read it as a number. */
    public static <N extends Number> AggregateExpression<N> sum(NumberExpression<N> expression) {
        return aggregate(AggregateFunction.SUM, expression, false);
    }

    /** {@code avg(x)}: numeric for integer and numeric input. */
    public static AggregateExpression<BigDecimal> avg(NumberExpression<?> expression) {
        return aggregate(AggregateFunction.AVG, expression, false);
    }

    public static <V> AggregateExpression<V> min(OrderedExpression<V> expression) {
        return aggregate(AggregateFunction.MIN, expression, false);
    }

    public static <V> AggregateExpression<V> max(OrderedExpression<V> expression) {
        return aggregate(AggregateFunction.MAX, expression, false);
    }

    /** {@code array_agg(x)}: read as a List. */
    public static <V> AggregateExpression<List<V>> arrayAgg(Expression<V> expression) {
        return aggregate(AggregateFunction.ARRAY_AGG, expression, false);
    }

    /** {@code string_agg(x, separator)}; the separator is bound. */
    public static AggregateExpression<String> stringAgg(Expression<String> expression, String separator) {
        return new AggregateExpression<>(new Expr.Aggregate(AggregateFunction.STRING_AGG,
                Functions.required(expression, "stringAgg").node(), false,
                new Expr.Value(Functions.required(separator, "stringAgg"), null)));
    }

    private static <V> AggregateExpression<V> aggregate(AggregateFunction function, Expression<?> expression,
                                                        boolean distinct) {
        return new AggregateExpression<>(new Expr.Aggregate(function,
                Functions.required(expression, function.sql()).node(), distinct, null));
    }
}
