package dev.tusk.exception;

/** A write guarded by {@code @Version} found a different version (or no row): someone else changed or deleted it first. Nothing was written. */
public class OptimisticLockException extends TuskException {
    public OptimisticLockException(String reason) {
        super(reason);
    }

    public OptimisticLockException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public OptimisticLockException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
