package dev.tusk;

import dev.tusk.exception.MappingException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Call;
import dev.tusk.exec.Executor;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.mapping.RowMapper;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.model.RelationModel;
import dev.tusk.model.RelationModel.RelationKind;
import dev.tusk.query.Col;
import dev.tusk.query.Query;
import dev.tusk.render.RelationSql;
import dev.tusk.render.SqlStatement;
import dev.tusk.type.GenericTypes;
import dev.tusk.type.TypeCodec;
import dev.tusk.type.TypeUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads relation slots: for any number of owners, one statement per relation (the keys go as one
 * {@code = ANY(?)} array parameter), then fills each owner's slot (a record is rebuilt). Used by
 * {@code db.fetch}, {@code fetchAll} and {@code prefetch}.
 */
final class RelationLoader {
    private final DatabaseQueryEngine queries;
    private final Executor executor;
    private final EntityPlans plans;
    private final Map<Class<?>, Map<String, RelationPath>> paths = new ConcurrentHashMap<>();

    RelationLoader(DatabaseQueryEngine queries, Executor executor, EntityPlans plans) {
        this.queries = queries;
        this.executor = executor;
        this.plans = plans;
    }

    EntityPlans plans() {
        return plans;
    }

    /**
     * The resolved relation {@code name} of {@code owner}.
     *
     * @throws ValidationException when the entity has no such relation slot
     */
    RelationPath path(Class<?> owner, String name) {
        return paths.computeIfAbsent(owner, ignored -> new ConcurrentHashMap<>()).computeIfAbsent(name, slot -> {
            EntityModel<?> model = EntityModel.of(owner);
            RelationModel relation = model.relation(slot).orElseThrow(() -> new ValidationException(
                    owner.getSimpleName() + " has no relation slot '" + slot + "' (slots: "
                            + model.relations().stream().map(RelationModel::name).toList() + ")"));
            return RelationPath.resolve(model, relation);
        });
    }

    /**
     * The targets of the relation for the owners' key values: by target key for a MANY_TO_ONE, by
     * owner key for the to-many kinds (in target key order). No statement for no keys.
     */
    Map<Object, List<Object>> load(RelationPath path, Collection<?> ownerKeys) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Object key : ownerKeys) {
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return Map.of();
        }
        if (path.kind() == RelationKind.MANY_TO_MANY) {
            return linked(path, keys);
        }
        List<?> rows = Query.of(queries, path.target().type())
                .where(Col.of(path.targetKey().name()).in(keys))
                .orderBy(Col.of(path.target().keys().get(0).name()).asc())
                .list();
        Map<Object, List<Object>> byKey = new HashMap<>();
        for (Object row : rows) {
            byKey.computeIfAbsent(normalized(readKey(path.target(), row, path.targetKey())), ignored -> new ArrayList<>())
                    .add(row);
        }
        return byKey;
    }

    /** The owners with the slot filled from {@code loaded}: a new list, records rebuilt, classes changed in place. */
    <E> List<E> fill(List<E> owners, RelationPath path, Map<Object, List<Object>> loaded) {
        @SuppressWarnings("unchecked")
        EntityModel<E> model = (EntityModel<E>) path.owner();
        List<E> filled = new ArrayList<>(owners.size());
        for (E owner : owners) {
            filled.add(owner == null ? null : model.withSlot(owner, path.slot(), slotValue(path, loaded, owner)));
        }
        return filled;
    }

    /** The owner's key value for this relation: its foreign key (MANY_TO_ONE) or its own key. */
    Object ownerKey(RelationPath path, Object owner) {
        return normalized(readKey(path.owner(), owner, path.ownerKey()));
    }

    private Object slotValue(RelationPath path, Map<Object, List<Object>> loaded, Object owner) {
        List<Object> found = loaded.getOrDefault(ownerKey(path, owner), List.of());
        if (path.kind() == RelationKind.MANY_TO_ONE) {
            return found.isEmpty() ? null : found.get(0);
        }
        return List.copyOf(found);
    }

    private Map<Object, List<Object>> linked(RelationPath path, Set<Object> keys) {
        EntityModel<?> target = path.target();
        String sql = RelationSql.linkedTargets(target, path.junction(), path.slot().joinColumn(),
                path.slot().inverseJoinColumn(), path.targetKey().column());
        TypeCodec<?> keyArray = arrayCodec(path.ownerKey());
        Call call = new Call("fetch " + path.where(), target.type(), SqlStatement.of(sql, List.copyOf(keys)),
                new TypeCodec<?>[] {keyArray}, new String[] {path.slot().joinColumn()});
        TypeCodec<Object> ownerCodec = plans.of(path.owner().type()).codec(path.ownerKey());
        EntityPlan<?> plan = plans.of(target.type());
        RowMapper<?> mapper = plan.tableOrderFrom(2);
        return executor.query(call, rows -> {
            Map<Object, List<Object>> byOwner = new LinkedHashMap<>();
            while (rows.next()) {
                Object owner = normalized(ownerCodec.read(rows, 1));
                byOwner.computeIfAbsent(owner, ignored -> new ArrayList<>()).add(mapper.map(rows));
            }
            return byOwner;
        });
    }

    /** An array codec for a list of the key's type: {@code bigint[]} for a Long key, {@code uuid[]} for a UUID... */
    TypeCodec<?> arrayCodec(PropertyModel key) {
        Class<?> element = GenericTypes.boxed(key.rawType());
        return plans.registry().find(new TypeUsage(GenericTypes.listOf(element), null, false,
                key.usage().enumType(), 0)).orElseThrow(() -> new MappingException("no array type for the key "
                + key.name() + " (" + element.getSimpleName() + ")"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Object readKey(EntityModel<T> model, Object entity, PropertyModel key) {
        return model.get((T) entity, key);
    }

    /** Integral keys compare as long, so an Integer foreign key finds a Long primary key. */
    static Object normalized(Object key) {
        if (key instanceof Integer || key instanceof Short || key instanceof Byte) {
            return ((Number) key).longValue();
        }
        return key;
    }
}
