package dev.tusk.exception;

/** A migration could not be planned, read or applied. */
public class MigrationException extends TuskException {
    public MigrationException(String reason) {
        super(reason);
    }

    public MigrationException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MigrationException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
