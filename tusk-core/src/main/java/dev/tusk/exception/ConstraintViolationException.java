package dev.tusk.exception;

/**
 * A write broke a constraint: unique (23505), foreign key (23503), not null (23502), check (23514)
 * or exclusion (23P01). {@link #constraint()} names the constraint as PostgreSQL reported it
 * (null for not-null violations, which name the {@link #column()} instead); {@link #rowIndex()} is the index of the offending row in a batch, or -1.
 */
public class ConstraintViolationException extends TuskException {
    /** Which kind of constraint was violated. */
    public enum Kind { UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK, EXCLUSION, OTHER }

    private final Kind kind;
    private final String constraint;
    private final String table;
    private final String column;
    private final int rowIndex;

    public ConstraintViolationException(String reason, Kind kind, String constraint, String table,
                                        String column, ErrorContext context, Throwable cause) {
        this(reason, kind, constraint, table, column, -1, context, cause);
    }

    public ConstraintViolationException(String reason, Kind kind, String constraint, String table,
                                        String column, int rowIndex, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
        this.kind = kind;
        this.constraint = constraint;
        this.table = table;
        this.column = column;
        this.rowIndex = rowIndex;
    }

    public Kind kind() {
        return kind;
    }

    /** Constraint name as reported by PostgreSQL, or null (not-null violations have none). */
    public String constraint() {
        return constraint;
    }

    public String table() {
        return table;
    }

    /** The column, for not-null violations; otherwise usually null. */
    public String column() {
        return column;
    }

    /** Index of the failing row within a batch, or -1 when unknown or not a batch. */
    public int rowIndex() {
        return rowIndex;
    }

    /** A copy that knows which batch row failed. */
    public ConstraintViolationException atRow(int index) {
        return new ConstraintViolationException(reason() + " (row " + index + ")", kind, constraint,
                table, column, index, context(), getCause());
    }
}
