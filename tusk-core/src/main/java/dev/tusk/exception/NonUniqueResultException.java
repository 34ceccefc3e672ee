package dev.tusk.exception;

/** A query that had to return at most one row returned more. */
public class NonUniqueResultException extends TuskException {
    public NonUniqueResultException(String reason) {
        super(reason);
    }

    public NonUniqueResultException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public NonUniqueResultException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
