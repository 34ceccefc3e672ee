package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Ranking and offset window functions; meant for static import. They exist only with
 * {@code over(...)}, so the compiler refuses {@code rowNumber()} on its own. Aggregates go over
 * windows too: {@code Aggregates.sum(x).over(spec)}.
 */
public final class Windows {
    private Windows() {
    }

    public static WindowCall<Long> rowNumber() {
        return call(WindowFunction.ROW_NUMBER);
    }

    public static WindowCall<Long> rank() {
        return call(WindowFunction.RANK);
    }

    public static WindowCall<Long> denseRank() {
        return call(WindowFunction.DENSE_RANK);
    }

    public static WindowCall<Double> percentRank() {
        return call(WindowFunction.PERCENT_RANK);
    }

    public static WindowCall<Double> cumeDist() {
        return call(WindowFunction.CUME_DIST);
    }

    /** The bucket number, 1 to {@code buckets}, splitting the partition as evenly as possible. */
    public static WindowCall<Integer> ntile(int buckets) {
        if (buckets < 1) {
            throw new ValidationException("ntile needs at least 1 bucket, got " + buckets);
        }
        return call(WindowFunction.NTILE, new Expr.Value(buckets, null));
    }

    /** The value {@code offset} rows before, or {@code fallback} (bound; may be null) when there is none. */
    public static <V> WindowCall<V> lag(Expression<V> expression, int offset, V fallback) {
        return offsetCall(WindowFunction.LAG, expression, offset, fallback);
    }

    public static <V> WindowCall<V> lag(Expression<V> expression) {
        return offsetCall(WindowFunction.LAG, expression, 1, null);
    }

    /** The value {@code offset} rows after, or {@code fallback} when there is none. */
    public static <V> WindowCall<V> lead(Expression<V> expression, int offset, V fallback) {
        return offsetCall(WindowFunction.LEAD, expression, offset, fallback);
    }

    public static <V> WindowCall<V> lead(Expression<V> expression) {
        return offsetCall(WindowFunction.LEAD, expression, 1, null);
    }

    public static <V> WindowCall<V> firstValue(Expression<V> expression) {
        return call(WindowFunction.FIRST_VALUE, Functions.required(expression, "firstValue").node());
    }

    /** Mind the default frame (up to the current row): add a frame to see the partition's last row. */
    public static <V> WindowCall<V> lastValue(Expression<V> expression) {
        return call(WindowFunction.LAST_VALUE, Functions.required(expression, "lastValue").node());
    }

    public static <V> WindowCall<V> nthValue(Expression<V> expression, int n) {
        if (n < 1) {
            throw new ValidationException("nthValue counts from 1, got " + n);
        }
        return call(WindowFunction.NTH_VALUE, Functions.required(expression, "nthValue").node(), new Expr.Value(n, null));
    }

    private static <V> WindowCall<V> offsetCall(WindowFunction function, Expression<V> expression, int offset, V fallback) {
        if (offset < 0) {
            throw new ValidationException(function.sql() + " offset must not be negative, got " + offset);
        }
        Expr node = Functions.required(expression, function.sql()).node();
        return fallback == null ? call(function, node, new Expr.Value(offset, null))
                : call(function, node, new Expr.Value(offset, null), Expressions.valueFor(node, fallback));
    }

    private static <V> WindowCall<V> call(WindowFunction function, Expr... arguments) {
        return new WindowCall<>(new Expr.WindowCall(function, List.of(arguments)));
    }

    /** A window function waiting for its window. */
    public record WindowCall<V>(Expr.WindowCall call) {
        public OrderedExpression<V> over(WindowSpec window) {
            return new ComputedExpressions.OrderedNode<>(Functions.required(window, "over").apply(call));
        }

        /** For numeric results: arithmetic after the window ({@code percentRank().overNumber(w).times(BigDecimal.valueOf(100))}). */
        public NumberExpression<BigDecimal> overNumber(WindowSpec window) {
            return new ComputedExpressions.NumberNode<>(Functions.required(window, "over").apply(call));
        }
    }
}
