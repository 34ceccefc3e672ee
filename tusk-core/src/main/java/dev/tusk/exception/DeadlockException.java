package dev.tusk.exception;

/** SQLSTATE 40P01: PostgreSQL broke a deadlock by aborting this transaction. Retry the whole transaction. */
public class DeadlockException extends TransientDatabaseException {
    public DeadlockException(String reason) {
        super(reason);
    }

    public DeadlockException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public DeadlockException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
