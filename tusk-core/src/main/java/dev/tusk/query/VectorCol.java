package dev.tusk.query;

/**
 * A pgvector column; order by distance with {@code Query.nearest(...)}.
 */
public record VectorCol<E>(Class<E> entity, String name, int dimensions) implements Col<E, float[]> {

    /** The distance from this column to {@code target} under {@code metric}, as a number to select or compare. */
    public NumberExpression<Double> distance(float[] target, VectorMetric metric) {
        return new ComputedExpressions.NumberNode<>(new Expr.Distance(node(), VectorSupport.check(target, dimensions, name), metric));
    }
}
