package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Call;
import dev.tusk.exec.Executor;
import dev.tusk.mapping.BeanCheck;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.mapping.ResultMappers;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.render.EntitySql;
import dev.tusk.render.SoftDeleteSql;
import dev.tusk.render.SqlStatement;
import dev.tusk.type.TypeCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Create, read, update and delete by key, for any entity: plans the entity once, validates the
 * values, has {@link EntitySql} write the statement, runs it, and maps what comes back (generated
 * keys, defaults, the new version) into a new record or into the class instance in place.
 */
final class EntityCommands {
    private final Executor executor;
    private final EntityPlans plans;
    private final SoftDeletes softDeletes;

    EntityCommands(Executor executor, EntityPlans plans) {
        this.executor = executor;
        this.plans = plans;
        this.softDeletes = new SoftDeletes(executor, plans);
    }

    <T> T insert(T entity) {
        EntityPlan<T> plan = planOf(entity, "insert");
        EntityModel<T> model = plan.model();
        Object[] values = model.values(entity);
        boolean[] filled = model.applyDefaultFactories(values);
        BitSet omitted = EntityValues.leftToDatabase(model, values);
        T withDefaults = anyTrue(filled) ? model.with(entity, values, filled) : entity;
        return write("insert", plan, withDefaults, values, omitted, EntitySql.of(model.type()).insert(omitted));
    }

    <T> T save(T entity) {
        EntityPlan<T> plan = planOf(entity, "save");
        EntityModel<T> model = plan.model();
        SaveRoute route = SaveRoute.of(model, entity);
        if (route == SaveRoute.INSERT) {
            return insert(entity);
        }
        if (route == SaveRoute.UPDATE) {
            return update(entity);
        }
        Object[] values = model.values(entity);
        BitSet omitted = new BitSet();
        for (PropertyModel property : model.properties()) {
            if (!property.id() && property.databaseFills() && property.isUnset(values[property.slot()])) {
                omitted.set(property.slot());
            }
        }
        return write("save", plan, entity, values, omitted, EntitySql.of(model.type()).upsertByKey(omitted));
    }

    private <T> T write(String operation, EntityPlan<T> plan, T entity, Object[] values, BitSet omitted, String sql) {
        EntityModel<T> model = plan.model();
        List<PropertyModel> written = new ArrayList<>();
        List<PropertyModel> returned = new ArrayList<>();
        for (PropertyModel property : model.properties()) {
            (omitted.get(property.slot()) ? returned : written).add(property);
        }
        plan.validate(values, written, operation, BeanCheck.entity(entity));
        Call call = call(operation, plan, sql, written, values, List.of()).asValidated();
        if (returned.isEmpty()) {
            executor.update(call);
            return entity;
        }
        Object[] changes = new Object[values.length];
        executor.query(call, rows -> {
            if (rows.next()) {
                for (int column = 0; column < returned.size(); column++) {
                    PropertyModel property = returned.get(column);
                    changes[property.slot()] = plan.codec(property).read(rows, column + 1);
                }
            }
            return null;
        });
        boolean[] changed = new boolean[values.length];
        omitted.stream().forEach(slot -> changed[slot] = true);
        return model.with(entity, changes, changed);
    }

    <T> Optional<T> find(Class<T> type, Object id) {
        EntityPlan<T> plan = planOf(type, "find");
        Object[] key = keyValues(plan.model(), id, "find");
        // soft-deleted rows are hidden from find and get, as from queries
        String sql = plan.model().softDelete().isPresent() ? SoftDeleteSql.of(type).selectLiveByKey()
                : EntitySql.of(type).selectByKey();
        Call call = keyCall("find", plan, sql, key, List.of());
        return executor.query(call, ResultMappers.findOne(rows -> plan.tableOrder(), type.getSimpleName()));
    }

    <T> T get(Class<T> type, Object id) {
        return find(type, id).orElseThrow(() -> new NotFoundException("no " + type.getSimpleName() + " with "
                + describe(EntityModel.of(type), keyValues(EntityModel.of(type), id, "get")),
                ErrorContext.of(type, "get"), null));
    }

    <T> T refresh(T entity) {
        EntityPlan<T> plan = planOf(entity, "refresh");
        EntityModel<T> model = plan.model();
        Object[] key = keyOf(model, entity);
        Call call = keyCall("refresh", plan, EntitySql.of(model.type()).selectByKey(), key, List.of());
        T fresh = executor.query(call, ResultMappers.findOne(rows -> plan.tableOrder(), model.type().getSimpleName()))
                .orElseThrow(() -> new NotFoundException("cannot refresh " + model.type().getSimpleName() + " with "
                        + describe(model, key) + ": the row no longer exists", ErrorContext.of(model.type(), "refresh"),
                        null));
        if (model.isRecord()) {
            return fresh;
        }
        boolean[] all = new boolean[model.properties().size()];
        Arrays.fill(all, true);
        return model.with(entity, model.values(fresh), all);
    }

    <T> T update(T entity, String... fields) {
        EntityPlan<T> plan = planOf(entity, "update");
        EntityModel<T> model = plan.model();
        BitSet set = EntityValues.columnsToSet(model, fields, "update");
        Object[] values = model.values(entity);
        List<PropertyModel> written = set.stream().mapToObj(slot -> model.properties().get(slot)).toList();
        Object[] key = keyOf(model, entity);
        List<PropertyModel> conditions = concat(model.keys(), model.version().stream().toList());
        // every column written: the whole entity is checked; named columns: only those (the others stay as stored)
        BeanCheck check = fields.length == 0 ? BeanCheck.entity(entity) : BeanCheck.properties(entity, written);
        plan.validate(values, concat(written, conditions), "update", check);
        Call call = call("update", plan, EntitySql.of(model.type()).update(set), written, values, conditions)
                .asValidated();
        long count = executor.update(call);
        if (count == 0) {
            throw notWritten("update", model, key, values);
        }
        return EntityValues.withNextVersion(model, entity, values);
    }

    <T> boolean delete(T entity) {
        EntityPlan<T> plan = planOf(entity, "delete");
        EntityModel<T> model = plan.model();
        if (model.softDelete().isPresent()) {
            return softDeletes.delete(plan, entity);
        }
        Object[] values = model.values(entity);
        Object[] key = keyOf(model, entity);
        List<PropertyModel> conditions = concat(model.keys(), model.version().stream().toList());
        long count = executor.update(call("delete", plan, EntitySql.of(model.type()).delete(), List.of(), values,
                conditions));
        if (count == 0 && model.version().isPresent()) {
            throw notWritten("delete", model, key, values);
        }
        return count > 0;
    }

    <T> boolean deleteById(Class<T> type, Object id) {
        EntityPlan<T> plan = planOf(type, "deleteById");
        Object[] key = keyValues(plan.model(), id, "deleteById");
        if (plan.model().softDelete().isPresent()) {
            return softDeletes.deleteById(plan, key);
        }
        return executor.update(keyCall("deleteById", plan, EntitySql.of(type).deleteByKey(), key, List.of())) > 0;
    }

    private RuntimeException notWritten(String operation, EntityModel<?> model, Object[] key, Object[] values) {
        ErrorContext context = ErrorContext.of(model.type(), operation);
        if (model.version().isPresent()) {
            PropertyModel version = model.version().get();
            return new OptimisticLockException(model.type().getSimpleName() + " with " + describe(model, key)
                    + " was changed or deleted by someone else (expected " + version.name() + " "
                    + values[version.slot()] + "): reload it and apply the change again", context, null);
        }
        return new NotFoundException("no " + model.type().getSimpleName() + " with " + describe(model, key) + " to "
                + operation, context, null);
    }

    /** A call whose parameters are the given properties' values: first {@code data}, then {@code conditions}. */
    private <T> Call call(String operation, EntityPlan<T> plan, String sql, List<PropertyModel> data, Object[] values,
                          List<PropertyModel> conditions) {
        int count = data.size() + conditions.size();
        List<Object> params = new ArrayList<>(count);
        TypeCodec<?>[] codecs = new TypeCodec<?>[count];
        String[] names = new String[count];
        int index = 0;
        for (PropertyModel property : concat(data, conditions)) {
            params.add(values[property.slot()]);
            codecs[index] = plan.codec(property);
            names[index++] = property.column();
        }
        return new Call(operation, plan.model().type(), new SqlStatement(sql, params), codecs, names);
    }

    private <T> Call keyCall(String operation, EntityPlan<T> plan, String sql, Object[] key, List<PropertyModel> more) {
        Object[] values = new Object[plan.model().properties().size()];
        for (int part = 0; part < key.length; part++) {
            values[plan.model().keys().get(part).slot()] = key[part];
        }
        return call(operation, plan, sql, List.of(), values, concat(plan.model().keys(), more));
    }

    private static <T> Object[] keyOf(EntityModel<T> model, T entity) {
        Object[] key = new Object[model.keys().size()];
        for (int part = 0; part < key.length; part++) {
            PropertyModel property = model.keys().get(part);
            key[part] = model.get(entity, property);
            if (key[part] == null) {
                throw new ValidationException(model.type().getSimpleName() + "." + property.name()
                        + " is null: the entity has no key yet (insert it first)", ErrorContext.of(model.type(), null), null);
            }
        }
        return key;
    }

    /** The key parts of an id argument, checked against the entity's {@code @Id} fields. */
    private static Object[] keyValues(EntityModel<?> model, Object id, String operation) {
        List<PropertyModel> keys = model.keys();
        String entity = model.type().getSimpleName();
        if (id == null) {
            throw new ValidationException("id must not be null", ErrorContext.of(model.type(), operation), null);
        }
        List<Object> parts = id instanceof Key key ? key.parts() : List.of(id);
        if (parts.size() != keys.size()) {
            throw new ValidationException("id of " + entity + " has " + keys.size() + " part(s) ("
                    + keys.stream().map(PropertyModel::name).toList() + "), got " + parts.size()
                    + (keys.size() > 1 ? ": pass Key.of(...) with one value per @Id field" : ""),
                    ErrorContext.of(model.type(), operation), null);
        }
        Object[] values = new Object[parts.size()];
        for (int part = 0; part < values.length; part++) {
            values[part] = KeyCoercion.coerce(parts.get(part), keys.get(part), entity, operation);
        }
        return values;
    }

    private static String describe(EntityModel<?> model, Object[] key) {
        StringBuilder text = new StringBuilder();
        for (int part = 0; part < key.length; part++) {
            text.append(part == 0 ? "" : ", ").append(model.keys().get(part).name()).append('=').append(key[part]);
        }
        return text.toString();
    }

    private <T> EntityPlan<T> planOf(T entity, String operation) {
        if (entity == null) {
            throw new ValidationException("entity must not be null", ErrorContext.of(null, operation), null);
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) entity.getClass();
        return planOf(type, operation);
    }

    private <T> EntityPlan<T> planOf(Class<T> type, String operation) {
        EntityPlan<T> plan = plans.of(type);
        plan.model().requireKey(operation);
        return plan;
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    private static List<PropertyModel> concat(List<PropertyModel> first, List<PropertyModel> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<PropertyModel> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
