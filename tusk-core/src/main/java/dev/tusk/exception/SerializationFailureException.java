package dev.tusk.exception;

/** SQLSTATE 40001: a serializable or repeatable-read transaction could not be serialized. Retry the whole transaction. */
public class SerializationFailureException extends TransientDatabaseException {
    public SerializationFailureException(String reason) {
        super(reason);
    }

    public SerializationFailureException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public SerializationFailureException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
