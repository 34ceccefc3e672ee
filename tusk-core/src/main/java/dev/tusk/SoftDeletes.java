package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Call;
import dev.tusk.exec.Executor;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.render.EntitySql;
import dev.tusk.render.SoftDeleteSql;
import dev.tusk.render.SqlStatement;
import dev.tusk.type.TypeCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Soft delete by key for entities with a {@code @SoftDelete} timestamp: mark a row deleted (the
 * timestamp set to the database's {@code now()}), restore it, or delete it for good. The marking
 * statements check the {@code @Version} like an update, bump it, and return the timestamp and the
 * new version: a record comes back as a new instance, a class instance is changed in place.
 */
final class SoftDeletes {
    private final Executor executor;
    private final EntityPlans plans;

    SoftDeletes(Executor executor, EntityPlans plans) {
        this.executor = executor;
        this.plans = plans;
    }

    /**
     * Marks the entity's row deleted.
     *
     * @throws NotFoundException when there is no such row, or it is soft-deleted already
     * @throws OptimisticLockException when the version is stale
     */
    <T> T softDelete(T entity) {
        EntityPlan<T> plan = planOf(entity, "softDelete");
        return mark("softDelete", plan, entity, SoftDeleteSql.of(plan.model().type()).markDeleted())
                .orElseThrow(() -> notMarked("softDelete", plan, entity));
    }

    /**
     * Clears the timestamp of a soft-deleted row.
     *
     * @throws NotFoundException when there is no such row, or it is not soft-deleted
     * @throws OptimisticLockException when the version is stale
     */
    <T> T restore(T entity) {
        EntityPlan<T> plan = planOf(entity, "restore");
        return mark("restore", plan, entity, SoftDeleteSql.of(plan.model().type()).restore())
                .orElseThrow(() -> notMarked("restore", plan, entity));
    }

    /** Deletes the row for good, soft-deleted or not; with {@code @Version}, only at the entity's version. */
    <T> boolean forceDelete(T entity) {
        EntityPlan<T> plan = planOf(entity, "forceDelete");
        EntityModel<T> model = plan.model();
        long count = executor.update(call("forceDelete", plan, EntitySql.of(model.type()).delete(), paramsOf(entity, plan)));
        if (count == 0 && model.version().isPresent()) {
            throw notMarked("forceDelete", plan, entity);
        }
        return count > 0;
    }

    /**
     * {@code db.delete(e)} on a soft-delete entity: marks the live row deleted, filling the timestamp
     * and version into a class instance in place. Like a delete it says whether there was a (live) row;
     * with {@code @Version} a miss is an {@link OptimisticLockException}.
     */
    <T> boolean delete(EntityPlan<T> plan, T entity) {
        boolean marked = mark("delete", plan, entity, SoftDeleteSql.of(plan.model().type()).markDeleted()).isPresent();
        if (!marked && plan.model().version().isPresent()) {
            throw notMarked("delete", plan, entity);
        }
        return marked;
    }

    /** {@code deleteById} on a soft-delete entity: marks the live row with this key deleted, whatever its version. */
    <T> boolean deleteById(EntityPlan<T> plan, Object[] key) {
        List<Object> params = List.of(key);
        return executor.update(call("deleteById", plan, SoftDeleteSql.of(plan.model().type()).markDeletedByKey(), params)) > 0;
    }

    /** Runs a marking statement; the entity with the returned timestamp and version, or empty when no row matched. */
    private <T> Optional<T> mark(String operation, EntityPlan<T> plan, T entity, String sql) {
        EntityModel<T> model = plan.model();
        List<PropertyModel> returned = new ArrayList<>();
        returned.add(model.softDelete().orElseThrow());
        model.version().ifPresent(returned::add);
        Object[] changes = new Object[model.properties().size()];
        boolean found = executor.query(call(operation, plan, sql, paramsOf(entity, plan)), rows -> {
            if (!rows.next()) {
                return false;
            }
            for (int column = 0; column < returned.size(); column++) {
                PropertyModel property = returned.get(column);
                changes[property.slot()] = plan.codec(property).read(rows, column + 1);
            }
            return true;
        });
        if (!found) {
            return Optional.empty();
        }
        boolean[] changed = new boolean[changes.length];
        returned.forEach(property -> changed[property.slot()] = true);
        return Optional.of(model.with(entity, changes, changed));
    }

    /** Why a by-key statement matched nothing, read from the row: gone, already (not) deleted, or a stale version. */
    private <T> RuntimeException notMarked(String operation, EntityPlan<T> plan, T entity) {
        EntityModel<T> model = plan.model();
        String which = model.type().getSimpleName() + " with " + model.describeKey(entity);
        ErrorContext context = ErrorContext.of(model.type(), operation);
        List<Object> key = paramsOf(entity, plan).subList(0, model.keys().size());
        Optional<Boolean> deleted = executor.query(call(operation, plan, SoftDeleteSql.of(model.type()).state(), key),
                rows -> rows.next() ? Optional.of(rows.getObject(1) != null) : Optional.empty());
        if (deleted.isEmpty()) {
            return new NotFoundException("no " + which + " to " + operation, context, null);
        }
        if (deleted.get() && (operation.equals("softDelete") || operation.equals("delete"))) {
            return new NotFoundException(which + " is soft-deleted already: restore(...) it first, or forceDelete(...)"
                    + " it", context, null);
        }
        if (!deleted.get() && operation.equals("restore")) {
            return new NotFoundException(which + " is not soft-deleted: there is nothing to restore", context, null);
        }
        // the row is there in the wanted state, so only the version can have refused it (or a concurrent change)
        return model.version().<RuntimeException>map(version -> new OptimisticLockException(which + " was changed or"
                + " deleted by someone else (expected " + version.name() + " " + model.get(entity, version)
                + "): reload it and apply the change again", context, null))
                .orElseGet(() -> new NotFoundException("no " + which + " to " + operation + ": it changed meanwhile",
                        context, null));
    }

    /** The key parts, then the version when there is one. */
    private <T> List<Object> paramsOf(T entity, EntityPlan<T> plan) {
        EntityModel<T> model = plan.model();
        List<Object> params = new ArrayList<>();
        for (PropertyModel key : model.keys()) {
            Object part = model.get(entity, key);
            if (part == null) {
                throw new ValidationException(model.type().getSimpleName() + "." + key.name()
                        + " is null: the entity has no key yet (insert it first)", ErrorContext.of(model.type(), null), null);
            }
            params.add(part);
        }
        model.version().ifPresent(version -> params.add(model.get(entity, version)));
        return params;
    }

    /** A call binding {@code params} as the key parts and then the version, each through its column's codec. */
    private static <T> Call call(String operation, EntityPlan<T> plan, String sql, List<Object> params) {
        EntityModel<T> model = plan.model();
        List<PropertyModel> bound = new ArrayList<>(model.keys());
        model.version().ifPresent(bound::add);
        TypeCodec<?>[] codecs = new TypeCodec<?>[params.size()];
        String[] names = new String[params.size()];
        for (int index = 0; index < params.size(); index++) {
            codecs[index] = plan.codec(bound.get(index));
            names[index] = bound.get(index).column();
        }
        return new Call(operation, model.type(), new SqlStatement(sql, params), codecs, names);
    }

    private <T> EntityPlan<T> planOf(T entity, String operation) {
        if (entity == null) {
            throw new ValidationException("entity must not be null", ErrorContext.of(null, operation), null);
        }
        @SuppressWarnings("unchecked")
        EntityPlan<T> plan = plans.of((Class<T>) entity.getClass());
        EntityModel<T> model = plan.model().requireKey(operation);
        if (model.softDelete().isEmpty()) {
            throw new ValidationException(operation + "() needs a @SoftDelete field, and " + model.type().getSimpleName()
                    + " has none: add @SoftDelete OffsetDateTime deletedAt (a nullable timestamptz column), or use"
                    + " delete(...)", ErrorContext.of(model.type(), operation), null);
        }
        return plan;
    }
}
