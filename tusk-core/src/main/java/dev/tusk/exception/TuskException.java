package dev.tusk.exception;

import java.util.List;
import java.util.Objects;

/**
 * Root of every exception Tusk throws. Unchecked. Carries, where known, the entity class, the
 * operation ({@code insert}, {@code sql}, ...), the SQL text, the bound parameters (secrets
 * redacted) and the SQLSTATE. {@link #getMessage()} renders them in one readable line.
 */
public class TuskException extends RuntimeException {
    private final ErrorContext context;
    private final String reason;

    public TuskException(String reason) {
        this(reason, ErrorContext.EMPTY, null);
    }

    public TuskException(String reason, Throwable cause) {
        this(reason, ErrorContext.EMPTY, cause);
    }

    public TuskException(String reason, ErrorContext context, Throwable cause) {
        super(reason, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The message without context: what went wrong. */
    public String reason() {
        return reason;
    }

    public ErrorContext context() {
        return context;
    }

    /** Simple name of the entity involved, or null. */
    public Class<?> entity() {
        return context.entity();
    }

    public String operation() {
        return context.operation();
    }

    public String sql() {
        return context.sql();
    }

    /** Bound parameters as rendered for the log, secrets redacted. */
    public List<String> parameters() {
        return context.parameters();
    }

    /** PostgreSQL SQLSTATE, or null when the error did not come from the server. */
    public String sqlState() {
        return context.sqlState();
    }

    @Override
    public String getMessage() {
        return context.describe(reason);
    }
}
