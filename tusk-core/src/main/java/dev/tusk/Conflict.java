package dev.tusk;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.Identifier;
import dev.tusk.query.Col;
import dev.tusk.query.Condition;
import dev.tusk.query.Conditions;
import dev.tusk.query.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * What an upsert does when a row's key is already taken: the conflict target ({@link #on} columns or
 * a named constraint, {@link #onConstraint}) and the action (update some or all columns, optionally
 * only {@link #where} a condition holds, or {@link #doNothing()}). Immutable: each method returns a
 * new value.
 *
 * <pre>{@code
 * db.upsert(user, Conflict.on(User_.email));                                  // update every other column
 * db.upsert(user, Conflict.on(User_.email).update(User_.username));           // only these
 * db.upsertAll(users, Conflict.on(User_.email).doNothing());                  // keep the existing rows
 * db.upsertAll(users, Conflict.on(User_.email)
 *         .where(User_.updatedAt.lt(Conflict.excluded(User_.updatedAt))));    // only when newer
 * }</pre>
 *
 * <p>Every row must carry its conflict key (no null in a conflict column), and one key may appear only
 * once per call, unless {@link #deduplicate()} is asked for: then the last row with a key wins and the
 * earlier ones come back as skipped.
 */
public final class Conflict {
    private final List<ColumnName> columns;
    private final String constraint;
    private final List<ColumnName> updated;
    private final boolean doNothing;
    private final Condition where;
    private final boolean deduplicate;

    /** A column as the caller named it: its entity ({@code Object.class} when given by name) and field or column name. */
    record ColumnName(Class<?> entity, String name) {}

    private Conflict(List<ColumnName> columns, String constraint, List<ColumnName> updated, boolean doNothing, Condition where,
                     boolean deduplicate) {
        this.columns = columns;
        this.constraint = constraint;
        this.updated = updated;
        this.doNothing = doNothing;
        this.where = where;
        this.deduplicate = deduplicate;
    }

    /** Conflict on these columns, which must be covered by a unique index or constraint of the table. */
    public static Conflict on(Col<?, ?>... columns) {
        return new Conflict(names(columns, "Conflict.on"), null, null, false, null, false);
    }

    /** {@link #on(Col[])} by field or column names, checked against the entity when the upsert runs. */
    public static Conflict on(String... fieldsOrColumns) {
        return new Conflict(names(fieldsOrColumns, "Conflict.on"), null, null, false, null, false);
    }

    /**
     * Conflict on a unique or primary key constraint by name ({@code ON CONFLICT ON CONSTRAINT}). Its
     * columns are looked up in {@code pg_constraint} on first use and kept for the life of the database.
     */
    public static Conflict onConstraint(String name) {
        return new Conflict(null, Identifier.requireSafe(name, "constraint name"), null, false, null, false);
    }

    /**
     * The proposed row's value of a column, for {@link #where}: PostgreSQL's {@code EXCLUDED.column}.
     * A plain column in the condition is the row already stored. Use it in the condition itself, not
     * inside a subquery of it, where it would name the enclosing row as {@code outer(...)} does.
     */
    public static <E, V> Expression<V> excluded(Col<E, V> column) {
        if (column == null) {
            throw new ValidationException("Conflict.excluded(...) needs a column");
        }
        return Conditions.outer(column);
    }

    /** On conflict, set only these columns from the proposed row (never key or version columns). */
    public Conflict update(Col<?, ?>... columnsToSet) {
        requireUpdate("update(...)");
        return new Conflict(columns, constraint, names(columnsToSet, "update"), false, where, deduplicate);
    }

    /** {@link #update(Col[])} by field or column names. */
    public Conflict update(String... fieldsOrColumns) {
        requireUpdate("update(...)");
        return new Conflict(columns, constraint, names(fieldsOrColumns, "update"), false, where, deduplicate);
    }

    /** On conflict, keep the stored row: the upsert result says {@code skipped()} for it. */
    public Conflict doNothing() {
        if (updated != null || where != null) {
            throw new ValidationException("doNothing() cannot follow update(...) or where(...): choose one action");
        }
        return new Conflict(columns, constraint, null, true, null, deduplicate);
    }

    /**
     * Update only where {@code condition} holds for the stored row ({@code DO UPDATE ... WHERE}); rows
     * where it does not are left as they are and come back skipped. Use {@link #excluded} for the
     * proposed values. Any condition of the query builder may be used; its values are bound.
     */
    public Conflict where(Condition condition) {
        requireUpdate("where(...)");
        if (condition == null) {
            throw new ValidationException("where(...) needs a condition");
        }
        return new Conflict(columns, constraint, updated, false, condition, deduplicate);
    }

    /** When several rows carry the same conflict key, send only the last one; the others come back skipped. */
    public Conflict deduplicate() {
        return new Conflict(columns, constraint, updated, doNothing, where, true);
    }

    /** The conflict columns as given, or null for a named constraint. */
    List<ColumnName> columns() {
        return columns;
    }

    /** The constraint name, or null when the target is a list of columns. */
    String constraint() {
        return constraint;
    }

    /** The columns to set on conflict, or null for the default (every column but keys and conflict columns). */
    List<ColumnName> updated() {
        return updated;
    }

    boolean isDoNothing() {
        return doNothing;
    }

    /** The {@code DO UPDATE ... WHERE} condition, or null. */
    Condition where() {
        return where;
    }

    boolean isDeduplicate() {
        return deduplicate;
    }

    private void requireUpdate(String method) {
        if (doNothing) {
            throw new ValidationException(method + " cannot follow doNothing(): choose one action");
        }
    }

    private static List<ColumnName> names(Col<?, ?>[] columns, String method) {
        if (columns == null || columns.length == 0) {
            throw new ValidationException(method + "(...) needs at least one column");
        }
        List<ColumnName> names = new ArrayList<>(columns.length);
        for (Col<?, ?> column : columns) {
            if (column == null) {
                throw new ValidationException(method + "(...) columns must not be null");
            }
            names.add(new ColumnName(column.entity(), column.name()));
        }
        return List.copyOf(names);
    }

    private static List<ColumnName> names(String[] names, String method) {
        if (names == null || names.length == 0) {
            throw new ValidationException(method + "(...) needs at least one column");
        }
        List<ColumnName> columns = new ArrayList<>(names.length);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new ValidationException(method + "(...) names must not be null or blank");
            }
            columns.add(new ColumnName(Object.class, name));
        }
        return List.copyOf(columns);
    }

    @Override
    public String toString() {
        String target = constraint != null ? "ON CONSTRAINT " + constraint
                : "ON " + columns.stream().map(ColumnName::name).toList();
        String action = doNothing ? "DO NOTHING" : "DO UPDATE "
                + (updated == null ? "(all)" : updated.stream().map(ColumnName::name).toList())
                + (where != null ? " WHERE ..." : "");
        return "Conflict[" + target + " " + action + (deduplicate ? ", deduplicate" : "") + "]";
    }
}
