package dev.tusk.exception;

/** A failure that may succeed when the whole transaction is retried (serialization failure, deadlock). */
public class TransientDatabaseException extends TuskException {
    public TransientDatabaseException(String reason) {
        super(reason);
    }

    public TransientDatabaseException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public TransientDatabaseException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
