package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import java.util.List;

/** pgvector queries: a query vector checked against its column's dimensions before any SQL, and nearest-first ordering. */
final class VectorSupport {
    private VectorSupport() {
    }

    static float[] check(float[] target, int dimensions, String column) {
        if (target == null) {
            throw new ValidationException("a query vector is needed for " + column + ", got null");
        }
        if (dimensions > 0 && target.length != dimensions) {
            throw new ValidationException("the query vector has " + target.length + " dimensions but " + column
                    + " is vector(" + dimensions + ")");
        }
        for (float component : target) {
            if (!Float.isFinite(component)) {
                throw new ValidationException("the query vector for " + column + " holds " + component
                        + "; pgvector takes finite numbers only");
            }
        }
        return target.clone();
    }

    /** {@code query} ordered by distance to {@code vector} first, the distance selected as {@code distance}. */
    static <T> Query<T> nearest(Query<T> query, VectorCol<T> column, float[] vector, VectorMetric metric,
                                boolean nullGuard) {
        if (column == null || metric == null) {
            throw new ValidationException("nearest(...) needs a vector column and a metric");
        }
        NumberExpression<Double> distance = column.distance(vector, metric);
        List<Order> distanceFirst = QueryState.plus(List.of(distance.asc()), query.state().orderBy());
        Query<T> ordered = query.with(query.state().withOrderBy(distanceFirst)).annotate(distance.as("distance"));
        return nullGuard ? ordered.where(column.isNotNull()) : ordered;
    }
}
