package dev.tusk.exception;

/** SQLSTATE 55P03: a lock could not be acquired within {@code lock_timeout}, or {@code NOWAIT} found it taken. */
public class LockTimeoutException extends TuskException {
    public LockTimeoutException(String reason) {
        super(reason);
    }

    public LockTimeoutException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public LockTimeoutException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
