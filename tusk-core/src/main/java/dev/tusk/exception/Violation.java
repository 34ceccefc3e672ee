package dev.tusk.exception;

/**
 * One reason an entity cannot be written, found before any SQL was sent: by a check the mapping
 * implies ({@code @Column(nullable, length, precision, scale)}, {@code @Vector(dimensions)}, what a
 * PostgreSQL type cannot hold) or by a Jakarta Validation constraint.
 *
 * <pre>{@code
 * catch (ValidationException invalid) {
 *     for (Violation violation : invalid.violations()) {
 *         form.reject(violation.field(), violation.message());   // "email", "must be a well-formed email address"
 *     }
 * }
 * }</pre>
 *
 * @param field   the Java field name, or for a Jakarta constraint its property path ({@code address.city},
 *                {@code tags[2].<list element>}); empty for a constraint on the class itself
 * @param value   the value refused, as the entity held it (for a class-level constraint, the entity).
 *                Not redacted: it is the caller's own data, and Tusk never prints it
 * @param message what is wrong with it, without the field name: {@code must not be null}
 * @param row     the entity's index in the list given to a bulk write ({@code insertAll}, {@code upsertAll},
 *                {@code updateAll}, {@code copy}), counted from 0; -1 for a write of one entity
 */
public record Violation(String field, Object value, String message, long row) {

    /** No row: a violation of a single-entity write. */
    public static final long NO_ROW = -1;

    public Violation {
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }

    /** A violation of a single-entity write. */
    public Violation(String field, Object value, String message) {
        this(field, value, message, NO_ROW);
    }

    /** This violation, found in the entity at {@code index} of a bulk write. */
    public Violation atRow(long index) {
        return new Violation(field, value, message, index);
    }

    /** {@code [row 2] email: must be a well-formed email address}. Leaves the value out, so a secret never reaches a log. */
    @Override
    public String toString() {
        return (row == NO_ROW ? "" : "[row " + row + "] ") + (field.isEmpty() ? message : field + ": " + message);
    }
}
