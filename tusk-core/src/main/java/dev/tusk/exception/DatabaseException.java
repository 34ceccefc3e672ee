package dev.tusk.exception;

/** A server error that no more specific Tusk exception describes; see {@link #sqlState()}. */
public class DatabaseException extends TuskException {
    public DatabaseException(String reason) {
        super(reason);
    }

    public DatabaseException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public DatabaseException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
