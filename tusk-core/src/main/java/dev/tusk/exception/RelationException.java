package dev.tusk.exception;

/** A relation could not be loaded or changed as asked. */
public class RelationException extends TuskException {
    public RelationException(String reason) {
        super(reason);
    }

    public RelationException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public RelationException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
