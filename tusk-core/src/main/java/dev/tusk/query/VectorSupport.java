package dev.tusk.query;

import dev.tusk.exception.ValidationException;

/** Checks a query vector against its column's dimensions, before any SQL is sent. */
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
}
