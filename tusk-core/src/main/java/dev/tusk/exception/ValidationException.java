package dev.tusk.exception;

import java.util.List;

/**
 * Bad input found before any SQL was sent: a null in a non-null column, a value too long or beyond
 * its numeric precision, a Jakarta Validation constraint broken, an unknown column name, text
 * PostgreSQL cannot store.
 *
 * <p>When an entity (or the rows of a bulk write) failed its checks, {@link #violations()} lists every
 * problem found, one {@link Violation} each (field, value, message, row), and the message names them
 * all: {@code Member is not valid: username must not be null; email: must be a well-formed email
 * address [insert Member]}. Other validation failures (a bad argument) have no violations.
 */
public class ValidationException extends TuskException {
    private final List<Violation> violations;

    public ValidationException(String reason) {
        this(reason, ErrorContext.EMPTY, null);
    }

    public ValidationException(String reason, Throwable cause) {
        this(reason, ErrorContext.EMPTY, cause);
    }

    public ValidationException(String reason, ErrorContext context, Throwable cause) {
        this(reason, context, cause, List.of());
    }

    /**
     * @param reason     the message, naming every violation
     * @param violations the problems found, in the order the message names them
     */
    public ValidationException(String reason, ErrorContext context, Throwable cause, List<Violation> violations) {
        super(reason, context, cause);
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /**
     * Every problem found in the entity or entities written, each with its field, value, message and
     * (in a bulk write) row; empty when the failure is not about an entity's values (a null argument,
     * an unknown column name).
     */
    public List<Violation> violations() {
        return violations;
    }
}
