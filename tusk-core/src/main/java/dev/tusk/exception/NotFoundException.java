package dev.tusk.exception;

/** A row that had to exist (by {@code get} or {@code one()}) does not. */
public class NotFoundException extends TuskException {
    public NotFoundException(String reason) {
        super(reason);
    }

    public NotFoundException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public NotFoundException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
