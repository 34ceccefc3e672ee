package dev.tusk.exception;

/** Bad input found before any SQL was sent: a null in a non-null column, a value too long, an unknown column name, text PostgreSQL cannot store. */
public class ValidationException extends TuskException {
    public ValidationException(String reason) {
        super(reason);
    }

    public ValidationException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public ValidationException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
