package dev.tusk;

import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Executor;
import dev.tusk.exec.RepeatedReads;
import dev.tusk.model.EntityModel;
import dev.tusk.model.RelationModel;
import dev.tusk.model.RelationModel.RelationKind;
import dev.tusk.query.Relation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code db.fetch}, {@code db.fetchAll} and {@code db.link}: relations of one entity, loaded or
 * written explicitly. {@code fetchAll} is resilient: a relation whose table is missing or not
 * readable is logged (logger {@code dev.tusk.relations}, WARNING) and left empty, inside a
 * transaction through a savepoint so that the caller's transaction stays usable.
 */
final class RelationCommands {
    /** undefined_table, insufficient_privilege, invalid_schema_name, undefined_column. */
    private static final Set<String> UNREADABLE = Set.of("42P01", "42501", "3F000", "42703");
    private static final Logger LOG = LoggerFactory.getLogger("dev.tusk.relations");

    private final RelationLoader loader;
    private final Executor executor;

    RelationCommands(RelationLoader loader, Executor executor) {
        this.loader = loader;
        this.executor = executor;
    }

    <E, T> T fetch(E entity, Relation.ToOne<E, T> relation) {
        RelationPath path = pathOf(entity, relation, "fetch");
        Object key = loader.ownerKey(path, entity);
        if (key == null) {
            return null;
        }
        List<Object> found = load(path, key);
        return found.isEmpty() ? null : relation.target().cast(found.get(0));
    }

    <E, T> List<T> fetch(E entity, Relation.ToMany<E, T> relation) {
        RelationPath path = pathOf(entity, relation, "fetch");
        Object key = requireKey(path, entity, "fetch");
        @SuppressWarnings("unchecked")
        List<T> found = (List<T>) (List<?>) List.copyOf(load(path, key));
        return found;
    }

    <E> Related<E> fetchAll(E entity) {
        requireEntity(entity, "fetchAll");
        @SuppressWarnings("unchecked")
        EntityModel<E> model = (EntityModel<E>) EntityModel.of(entity.getClass());
        Map<String, Object> slots = new LinkedHashMap<>();
        Map<String, String> problems = new HashMap<>();
        E filled = entity;
        for (RelationModel relation : model.relations()) {
            RelationPath path = loader.path(model.type(), relation.name());
            Object value = loadResiliently(path, entity, problems);
            slots.put(relation.name(), value);
            filled = model.withSlot(filled, relation, value);
        }
        return new Related<>(filled, slots, problems);
    }

    <E, T> Link<E, T> link(E entity, Relation.ToMany<E, T> relation) {
        RelationPath path = pathOf(entity, relation, "link");
        if (path.kind() != RelationKind.MANY_TO_MANY) {
            throw new ValidationException("link(...) writes junction rows of a @ManyToMany relation; "
                    + path.where() + " is " + path.kind() + ": set the foreign key of the "
                    + path.target().type().getSimpleName() + " instead");
        }
        return new Link<>(executor, loader, path, requireKey(path, entity, "link"));
    }

    /** One owner's targets, the statement attributed to the relation for N+1 detection. */
    private List<Object> load(RelationPath path, Object key) {
        return RepeatedReads.loading(path.where(), () -> loader.load(path, List.of(key)).getOrDefault(key, List.of()));
    }

    /**
     * {@code root} with its whole subtree loaded through a self-referencing to-many relation, in one
     * recursive statement: every level's slot filled, children in key order.
     */
    <E> E subtree(E root, Relation.ToMany<E, E> children) {
        RelationPath path = pathOf(root, children, "subtree");
        if (path.kind() != RelationKind.ONE_TO_MANY || path.target().type() != path.owner().type()) {
            throw new ValidationException("subtree(...) walks a self-reference: " + path.where() + " must be a"
                    + " @OneToMany of " + path.owner().type().getSimpleName() + " onto itself");
        }
        Object key = requireKey(path, root, "subtree");
        @SuppressWarnings("unchecked")
        EntityModel<E> model = (EntityModel<E>) path.owner();
        String sql = dev.tusk.render.RelationSql.subtree(model, path.ownerKey().column(), path.targetKey().column());
        dev.tusk.mapping.RowMapper<E> mapper = loader.plans().of(model.type()).tableOrderFrom(2);
        List<E> rows = executor.query(dev.tusk.exec.Call.of("subtree " + path.where(), model.type(),
                dev.tusk.render.SqlStatement.of(sql, key)), result -> {
            List<E> all = new java.util.ArrayList<>();
            while (result.next()) {
                all.add(mapper.map(result));
            }
            return all;
        });
        return rows.isEmpty() ? model.withSlot(root, path.slot(), List.of()) : assemble(rows, path, model);
    }

    /** Builds the tree bottom-up from rows ordered by depth: each entity gets its filled children. */
    private <E> E assemble(List<E> rows, RelationPath path, EntityModel<E> model) {
        Map<Object, List<E>> childrenOf = new HashMap<>();
        for (E row : rows.subList(1, rows.size())) {
            Object parent = RelationLoader.normalized(model.get(row, path.targetKey()));
            childrenOf.computeIfAbsent(parent, ignored -> new java.util.ArrayList<>()).add(row);
        }
        Map<Object, E> filled = new HashMap<>();
        for (int index = rows.size() - 1; index >= 0; index--) {
            E row = rows.get(index);
            Object key = RelationLoader.normalized(model.get(row, path.ownerKey()));
            List<E> kids = childrenOf.getOrDefault(key, List.of()).stream()
                    .map(child -> filled.get(RelationLoader.normalized(model.get(child, path.ownerKey())))).toList();
            filled.put(key, model.withSlot(row, path.slot(), kids));
        }
        return filled.get(RelationLoader.normalized(model.get(rows.get(0), path.ownerKey())));
    }

    private Object loadResiliently(RelationPath path, Object entity, Map<String, String> problems) {
        Object key = loader.ownerKey(path, entity);
        boolean toMany = path.kind() != RelationKind.MANY_TO_ONE;
        if (key == null) {
            return toMany ? List.of() : null;
        }
        try {
            Map<Object, List<Object>> loaded = executor.currentTransaction() == null ? loader.load(path, List.of(key))
                    : executor.inSavepoint(() -> loader.load(path, List.of(key)));
            List<Object> found = loaded.getOrDefault(key, List.of());
            return toMany ? List.copyOf(found) : found.isEmpty() ? null : found.get(0);
        } catch (DatabaseException failure) {
            if (failure.sqlState() == null || !UNREADABLE.contains(failure.sqlState())) {
                throw failure;
            }
            String why = failure.reason() + " (SQLSTATE " + failure.sqlState() + ")";
            LOG.warn("fetchAll left " + path.where() + " empty: " + why);
            problems.put(path.slot().name(), why);
            return toMany ? List.of() : null;
        }
    }

    private <E> RelationPath pathOf(E entity, Relation<E, ?> relation, String operation) {
        requireEntity(entity, operation);
        if (relation == null) {
            throw new ValidationException(operation + "(entity, relation): relation must not be null");
        }
        if (!relation.entity().isInstance(entity)) {
            throw new ValidationException(operation + ": " + relation + " belongs to " + relation.entity().getSimpleName()
                    + ", not to " + entity.getClass().getSimpleName());
        }
        return loader.path(entity.getClass(), relation.name());
    }

    private Object requireKey(RelationPath path, Object entity, String operation) {
        Object key = loader.ownerKey(path, entity);
        if (key == null) {
            throw new ValidationException(operation + " " + path.where() + ": the " + path.owner().type().getSimpleName()
                    + " has no " + path.ownerKey().name() + " yet: insert it first");
        }
        return key;
    }

    private static void requireEntity(Object entity, String operation) {
        if (entity == null) {
            throw new ValidationException(operation + "(entity, ...): entity must not be null");
        }
    }
}
