package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a query's state into the AST of a filtered write, refusing before any SQL what PostgreSQL's
 * UPDATE and DELETE cannot say (ORDER BY, LIMIT, OFFSET, DISTINCT, GROUP BY, row locks, projections)
 * and a write with no condition unless {@code all()} asked for every row. It also adds what the
 * entity's mapping implies: the {@code @Version} bump and the soft-delete conditions.
 */
final class WriteBuilder {
    private final Class<?> entity;
    private final QueryState state;
    private final EntityModel<?> model;

    WriteBuilder(Class<?> entity, QueryState state) {
        this.entity = entity;
        this.state = state;
        this.model = EntityModel.of(entity);
    }

    UpdateQuery update(List<Assignment> assignments, boolean returning, String operation) {
        check(operation);
        if (assignments.isEmpty()) {
            throw new ValidationException(operation + "(...) needs at least one assignment: " + operation
                    + "(" + entity.getSimpleName() + "_.field.set(value))");
        }
        Set<PropertyModel> written = new HashSet<>();
        for (Assignment assignment : assignments) {
            PropertyModel property = target(assignment.column(), operation);
            if (!written.add(property)) {
                throw new ValidationException(operation + "(...) sets " + property.name() + " twice: keep one assignment");
            }
        }
        return updateOf(assignments, state.effectiveWhere(), returning);
    }

    /** {@code delete()}: a soft delete for {@code @SoftDelete} entities, else a DELETE. */
    WriteQuery delete(boolean returning, String operation) {
        if (model.softDelete().isPresent()) {
            return softDelete(returning, operation);
        }
        check(operation);
        return new DeleteQuery(state.ctes(), new Source.Table(entity), state.effectiveWhere(), returning(returning));
    }

    /** Sets the soft-delete timestamp to {@code now()} on matching live rows (never re-stamps deleted ones). */
    UpdateQuery softDelete(boolean returning, String operation) {
        PropertyModel marker = DeletedRows.marker(entity, operation);
        check(operation);
        if (state.deleted() == DeletedRows.DELETED) {
            throw new ValidationException(operation + "() on onlyDeleted() rows: they are soft-deleted already;"
                    + " use restore() or forceDelete()");
        }
        Expr.Column column = DeletedRows.column(entity, marker);
        Assignment stamp = new Assignment(column, new Expr.Call(Function.NOW, List.of()));
        return updateOf(List.of(stamp), withMarker(new Condition.IsNull(column, false)), returning);
    }

    /** Clears the soft-delete timestamp of matching soft-deleted rows. */
    UpdateQuery restore(String operation) {
        PropertyModel marker = DeletedRows.marker(entity, operation);
        check(operation);
        if (state.deleted() == DeletedRows.LIVE) {
            throw new ValidationException(operation + "() acts on soft-deleted rows, which this query leaves out:"
                    + " call onlyDeleted() first");
        }
        Expr.Column column = DeletedRows.column(entity, marker);
        Assignment clear = new Assignment(column, new Expr.Value(null, column));
        return updateOf(List.of(clear), withMarker(new Condition.IsNull(column, true)), false);
    }

    /** A real DELETE of the rows the query sees (live ones unless widened). */
    DeleteQuery forceDelete(String operation) {
        DeletedRows.marker(entity, operation);
        check(operation);
        return new DeleteQuery(state.ctes(), new Source.Table(entity), state.effectiveWhere(), List.of());
    }

    private UpdateQuery updateOf(List<Assignment> assignments, List<Condition> where, boolean returning) {
        List<Assignment> all = new ArrayList<>(assignments);
        model.version().ifPresent(version -> all.add(bump(version)));
        return new UpdateQuery(state.ctes(), new Source.Table(entity), all, where, returning(returning));
    }

    /** The caller's conditions, the query's soft-delete filter, and {@code marker} unless the filter already says it. */
    private List<Condition> withMarker(Condition marker) {
        List<Condition> where = state.effectiveWhere();
        return where.contains(marker) ? where : QueryState.plus(where, List.of(marker));
    }

    private List<Selection> returning(boolean returning) {
        return returning ? Projections.entitySelections(entity, state) : List.of();
    }

    /** {@code version = version + 1}, the one typed like the column. */
    private Assignment bump(PropertyModel version) {
        Expr.Column column = new Expr.Column(entity, version.name(), null);
        Class<?> type = version.rawType();
        Object one = type == long.class || type == Long.class ? (Object) 1L : (Object) 1;
        return new Assignment(column, new Expr.Arithmetic(column, ArithmeticOperator.PLUS, new Expr.Value(one, column)));
    }

    private PropertyModel target(Expr.Column column, String operation) {
        if (column.entity() != Object.class && column.entity() != entity) {
            throw new ValidationException(operation + "(...) sets " + column.entity().getSimpleName() + "."
                    + column.name() + ", which is not a column of " + entity.getSimpleName());
        }
        PropertyModel property = model.property(column.name());
        if (property.id() || property.version()) {
            throw new ValidationException(operation + "(...) cannot set " + (property.id() ? "key" : "version")
                    + " field " + property.name() + " of " + entity.getSimpleName()
                    + (property.id() ? ": name only data fields" : ": Tusk bumps it on every write"));
        }
        return property;
    }

    /** Refuses, before any SQL, the query parts a write cannot carry and a write with no condition. */
    private void check(String operation) {
        List<String> refused = new ArrayList<>();
        addIf(refused, !state.orderBy().isEmpty(), "orderBy()");
        addIf(refused, state.limit() != null, "limit()");
        addIf(refused, state.offset() != null, "offset()");
        addIf(refused, state.distinct().enabled(), "distinct()");
        addIf(refused, !state.grouping().groupBy().isEmpty() || !state.grouping().having().isEmpty(),
                "groupBy()/having()");
        addIf(refused, state.lock() != null, "a row lock");
        addIf(refused, !state.only().isEmpty() || !state.deferred().isEmpty(), "only()/defer()");
        addIf(refused, !state.annotations().isEmpty(), "annotate()");
        addIf(refused, !(state.source() instanceof Source.Table), "fromCte()");
        if (!refused.isEmpty()) {
            throw new ValidationException(operation + "() cannot carry " + String.join(", ", refused)
                    + ": PostgreSQL's UPDATE and DELETE have no such clause; narrow the rows with where(...),"
                    + " for example the key IN a subquery that has its own orderBy() and limit()");
        }
        if (!state.everyRow() && state.where().stream().noneMatch(WriteBuilder::restricts)) {
            throw new ValidationException(operation + "() has no where(...) and would write every row of "
                    + entity.getSimpleName() + ": add where(...), or call all() first if every row is meant");
        }
    }

    /** Whether a condition can leave rows out; an empty AND (a filter built from nothing) cannot. */
    private static boolean restricts(Condition condition) {
        return !(condition instanceof Condition.And and) || and.conditions().stream().anyMatch(WriteBuilder::restricts);
    }

    private static void addIf(List<String> list, boolean condition, String item) {
        if (condition) {
            list.add(item);
        }
    }
}
