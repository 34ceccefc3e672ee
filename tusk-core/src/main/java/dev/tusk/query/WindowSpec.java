package dev.tusk.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code OVER (...)} part of a window function: partitions, order and frame.
 *
 * <pre>{@code
 * rank().over(WindowSpec.partitionBy(Film_.rating).orderBy(Film_.length.desc()))
 * sum(Payment_.amount).over(WindowSpec.orderBy(Payment_.paymentDate.asc())
 *         .frame(Frame.rows(Frame.Bound.unboundedPreceding(), Frame.Bound.currentRow())))
 * }</pre>
 */
public record WindowSpec(List<Expr> partitionBy, List<Order> orderBy, Frame frame) {

    public WindowSpec {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /** {@code OVER ()}: the whole result is one partition. */
    public static WindowSpec all() {
        return new WindowSpec(List.of(), List.of(), null);
    }

    public static WindowSpec partitionBy(Expression<?>... expressions) {
        return all().andPartitionBy(expressions);
    }

    public static WindowSpec orderBy(Order... orders) {
        return all().andOrderBy(orders);
    }

    public WindowSpec andPartitionBy(Expression<?>... expressions) {
        List<Expr> more = new ArrayList<>(partitionBy);
        more.addAll(AggregateExpression.nodes(expressions));
        return new WindowSpec(more, orderBy, frame);
    }

    /** Named {@code andOrderBy} on an instance so the static {@link #orderBy} can start a spec. */
    public WindowSpec andOrderBy(Order... orders) {
        List<Order> more = new ArrayList<>(orderBy);
        for (Order order : orders) {
            more.add(Functions.required(order, "orderBy"));
        }
        return new WindowSpec(partitionBy, more, frame);
    }

    public WindowSpec frame(Frame value) {
        return new WindowSpec(partitionBy, orderBy, Functions.required(value, "frame"));
    }

    Expr apply(Expr function) {
        return new Expr.Window(function, partitionBy, orderBy, frame);
    }
}
