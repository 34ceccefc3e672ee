package dev.tusk.exception;

/** The connection was lost while COMMIT was in flight: the transaction may or may not have been committed. Never retried automatically. */
public class CommitOutcomeUnknownException extends ConnectionException {
    public CommitOutcomeUnknownException(String reason) {
        super(reason);
    }

    public CommitOutcomeUnknownException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public CommitOutcomeUnknownException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
