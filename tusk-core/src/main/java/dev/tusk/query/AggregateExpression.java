package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate's result: comparable (for {@code having}), and usable over a window:
 * {@code sum(Payment_.amount).over(WindowSpec.partitionBy(Payment_.customerId).andOrderBy(Payment_.paymentDate.asc()))}.
 */
public record AggregateExpression<V>(Expr node) implements OrderedExpression<V> {

    /** This aggregate over a window: a running total, a per-partition count... */
    public OrderedExpression<V> over(WindowSpec window) {
        if (window == null) {
            throw new ValidationException("over(...) needs a window; use WindowSpec.all() for the whole result");
        }
        return new ComputedExpressions.OrderedNode<>(window.apply(node));
    }

    /** This aggregate over a window, for arithmetic afterwards: a share of the total, a difference from the mean. */
    public NumberExpression<java.math.BigDecimal> overNumber(WindowSpec window) {
        if (window == null) {
            throw new ValidationException("overNumber(...) needs a window; use WindowSpec.all() for the whole result");
        }
        return new ComputedExpressions.NumberNode<>(window.apply(node));
    }

    /** Arithmetic on an aggregate: {@code sum(x).asNumber().dividedBy(count())}. */
    public NumberExpression<java.math.BigDecimal> asNumber() {
        return new ComputedExpressions.NumberNode<>(node);
    }

    static List<Expr> nodes(Expression<?>... expressions) {
        List<Expr> nodes = new ArrayList<>();
        for (Expression<?> expression : expressions) {
            nodes.add(Functions.required(expression, "window").node());
        }
        return List.copyOf(nodes);
    }
}
