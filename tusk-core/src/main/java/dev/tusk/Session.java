package dev.tusk;

import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.BoundTransaction;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.query.Col;
import dev.tusk.query.Condition;
import dev.tusk.query.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of work: an identity map (one instance per key), changes collected in memory and written
 * on {@link #flush} or {@link #commit}, in one database transaction begun on first use. Open it in
 * try-with-resources; closing a session with uncommitted work rolls it back.
 *
 * <pre>{@code
 * try (Session s = db.openSession()) {
 *     Customer c = s.get(Customer.class, 1L);       // a class: change it in place
 *     c.setEmail("new@example.com");
 *     Order o = s.get(Order.class, 7L);             // a record: hand the session the new instance
 *     s.update(o.withStatus("shipped"));
 *     s.add(new Customer(null, "dora"));
 *     s.commit();                                   // INSERT, then UPDATE of the changed columns only
 * }
 * }</pre>
 *
 * <p>Flush order: inserts (entity types referenced by another type's {@code @ForeignKey} first,
 * rows of one type in the order added, one {@code insertAll} statement per run of a type), then
 * updates of changed columns (with the {@code @Version} check), then deletes (children first).
 * A session belongs to the thread that opened it. Its transaction is the thread's only while a
 * session call runs: a plain {@code db} call between session calls runs on its own connection.
 */
public final class Session implements AutoCloseable {
    private final Engine engine;
    private final Thread owner;
    private final SessionScope scope;
    private final Map<SessionKey, SessionEntry<?>> byKey = new HashMap<>();
    private final Map<Object, SessionEntry<?>> byInstance = new IdentityHashMap<>();
    private final List<SessionEntry<?>> pending = new ArrayList<>();
    private boolean closed;

    Session(Engine engine) {
        this.engine = engine;
        this.owner = Thread.currentThread();
        this.scope = new SessionScope(engine.executor());
    }

    /**
     * The entity with this key: the session's instance when it holds one, else read from the
     * database (soft-deleted rows are not found, as with {@code db.find}).
     *
     * @throws NotFoundException when there is no such row
     */
    public <T> T get(Class<T> type, Object id) {
        return get(type, id, false);
    }

    /** {@link #get(Class, Object)}, locking the row with {@code SELECT ... FOR UPDATE} when {@code forUpdate}. */
    public <T> T get(Class<T> type, Object id, boolean forUpdate) {
        return find(type, id, forUpdate).orElseThrow(() -> new NotFoundException("no " + type.getSimpleName()
                + " with key " + id));
    }

    /** The entity with this key, or empty; see {@link #get(Class, Object)}. */
    public <T> Optional<T> find(Class<T> type, Object id) {
        return find(type, id, false);
    }

    /**
     * {@link #find(Class, Object)}, locking the row until the session's transaction ends when
     * {@code forUpdate}. An entity the session already holds is locked and returned as held; call
     * {@link #refresh} to reload it.
     */
    public <T> Optional<T> find(Class<T> type, Object id, boolean forUpdate) {
        checkOpen();
        requireArgument(type, "type");
        requireArgument(id, "id");
        EntityModel<T> model = planOf(type).model();
        SessionKey key = SessionKey.ofId(model, id, "find");
        SessionEntry<?> known = byKey.get(key);
        if (known != null && !forUpdate) {
            return known.state() == SessionEntry.State.DELETED ? Optional.empty() : Optional.of(type.cast(known.entity()));
        }
        Query<T> byId = Query.of(engine.queries(), type).where(keyConditions(model, key));
        Optional<T> loaded = inScope(() -> (forUpdate ? byId.forUpdate() : byId).findOne());
        if (known != null) {
            return known.state() == SessionEntry.State.DELETED || loaded.isEmpty() ? Optional.empty()
                    : Optional.of(type.cast(known.entity()));
        }
        return loaded.map(this::track);
    }

    /**
     * Runs a query in the session's transaction and returns the session's instances: rows whose
     * key the session already holds come back as the held (possibly changed) instance.
     */
    public <T> List<T> list(Query<T> query) {
        checkOpen();
        requireArgument(query, "query");
        List<T> rows = inScope(query::list);
        List<T> tracked = new ArrayList<>(rows.size());
        for (T row : rows) {
            tracked.add(track(row));
        }
        return tracked;
    }

    /**
     * Adds a new entity: it is inserted at the next flush. A class instance then gets its generated
     * key and defaults in place; a record is replaced by the inserted one (see {@link #current}).
     *
     * @return {@code entity}
     */
    public <T> T add(T entity) {
        checkOpen();
        requireArgument(entity, "entity");
        if (byInstance.containsKey(entity)) {
            return entity;
        }
        SessionEntry<T> entry = new SessionEntry<>(planOf(entity), entity, SessionEntry.State.NEW);
        SessionKey key = entry.key();
        if (key != null && byKey.containsKey(key)) {
            throw new IllegalStateException("the session already holds a " + entity.getClass().getSimpleName()
                    + " with key " + key.parts() + "; change that instance instead of adding another");
        }
        pending.add(entry);
        byInstance.put(entity, entry);
        if (key != null) {
            byKey.put(key, entry);
        }
        return entity;
    }

    /** {@link #add} for each entity, in order. */
    public void addAll(Iterable<?> entities) {
        requireArgument(entities, "entities");
        for (Object entity : entities) {
            add(entity);
        }
    }

    /**
     * Hands the session a changed instance: for records, the new record of an entity it holds
     * (matched by key); an entity it does not hold yet is attached, and the next flush writes all
     * of its fields by key.
     *
     * @return {@code entity}
     * @throws IllegalStateException when the session holds another class instance with the same key
     */
    public <T> T update(T entity) {
        checkOpen();
        requireArgument(entity, "entity");
        if (byInstance.containsKey(entity)) {
            return entity;
        }
        SessionEntry<T> entry = entryFor(entity);
        if (entry == null) {
            entry = new SessionEntry<>(planOf(entity), entity, SessionEntry.State.MANAGED);
            entry.forgetSnapshot();
            byKey.put(requireKey(entry), entry);
        } else if (!entry.model().isRecord() && entry.entity() != entity) {
            throw new IllegalStateException("the session already holds another " + entity.getClass().getSimpleName()
                    + " instance with key " + entry.key().parts() + "; change that instance in place");
        }
        entry.replace(entity);
        byInstance.put(entity, entry);
        return entity;
    }

    /** Deletes an entity at the next flush (soft-deletes a {@code @SoftDelete} entity, as {@code db.delete} does). */
    public void delete(Object entity) {
        checkOpen();
        requireArgument(entity, "entity");
        SessionEntry<?> entry = entryFor(entity);
        if (entry != null && entry.state() == SessionEntry.State.NEW) {
            pending.remove(entry);
            forget(entry);
            return;
        }
        if (entry == null) {
            entry = new SessionEntry<>(planOf(entity), entity, SessionEntry.State.MANAGED);
            byKey.put(requireKey(entry), entry);
            byInstance.put(entity, entry);
        }
        entry.markDeleted();
    }

    /**
     * The session's current instance for an entity it tracks: the inserted record for a record
     * added before the flush, the latest replacement for a record, the instance itself for a class.
     */
    public <T> T current(T entity) {
        requireArgument(entity, "entity");
        SessionEntry<?> entry = entryFor(entity);
        if (entry == null) {
            throw new IllegalStateException("the session does not track this " + entity.getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        T current = (T) entry.entity();
        return current;
    }

    /** Whether the session tracks this instance (or, for a record, one with its key). */
    public boolean contains(Object entity) {
        return entity != null && entryFor(entity) != null;
    }

    /** Writes every pending insert, change and delete, in the session's transaction; nothing is committed. */
    public void flush() {
        checkOpen();
        SessionFlush flush = new SessionFlush(engine, this::stored);
        inScope(() -> {
            flush.insert(pendingInserts());
            flush.update(byKey.values().stream().filter(entry -> entry.state() == SessionEntry.State.MANAGED).toList());
            flush.delete(byKey.values().stream().filter(entry -> entry.state() == SessionEntry.State.DELETED).toList());
            return null;
        });
        List<SessionEntry<?>> deleted = byKey.values().stream()
                .filter(entry -> entry.state() == SessionEntry.State.DELETED).toList();
        for (SessionEntry<?> entry : deleted) {
            forget(entry);
        }
    }

    /** Flushes and commits. The session stays open; the next operation begins a new transaction. */
    public void commit() {
        flush();
        scope.commit();
    }

    /**
     * Rolls back the session's transaction and forgets everything it tracks: pending work is dropped
     * and instances read before may no longer match the database.
     */
    public void rollback() {
        checkOpen();
        try {
            scope.rollback(null);
        } finally {
            expungeAll();
        }
    }

    /**
     * Reloads an entity from its row and makes that the clean state: a class instance is
     * overwritten in place, a record comes back as a new instance. Unflushed changes to it are lost.
     */
    public <T> T refresh(T entity) {
        checkOpen();
        requireArgument(entity, "entity");
        @SuppressWarnings("unchecked")
        SessionEntry<T> entry = (SessionEntry<T>) entryFor(entity);
        T fresh = inScope(() -> engine.commands().refresh(entry == null ? entity : entry.entity()));
        if (entry == null) {
            return track(fresh);
        }
        entry.stored(fresh);
        byInstance.put(fresh, entry);
        return fresh;
    }

    /** Stops tracking an entity: its pending insert, change or delete is dropped. */
    public void expunge(Object entity) {
        checkOpen();
        requireArgument(entity, "entity");
        SessionEntry<?> entry = entryFor(entity);
        if (entry != null) {
            pending.remove(entry);
            forget(entry);
        }
    }

    /** Stops tracking everything. */
    public void expungeAll() {
        pending.clear();
        byKey.clear();
        byInstance.clear();
    }

    /** Rolls back uncommitted work and ends the session. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            scope.rollback(null);
        } finally {
            expungeAll();
        }
    }

    /** Runs database work with the session's transaction bound to this thread (begun first if needed). */
    private <R> R inScope(java.util.function.Supplier<R> work) {
        BoundTransaction before = scope.enter();
        try {
            return work.get();
        } finally {
            scope.exit(before);
        }
    }

    private List<SessionEntry<?>> pendingInserts() {
        List<SessionEntry<?>> inserts = new ArrayList<>(pending);
        inserts.sort(Comparator.comparingInt(entry -> FlushOrder.rank(entry.model().type())));
        return inserts;
    }

    /** Called after an entry was written: its (new) instance and key now lead to it. */
    private void stored(SessionEntry<?> entry) {
        pending.remove(entry);
        byInstance.put(entry.entity(), entry);
        byKey.put(requireKey(entry), entry);
    }

    private <T> T track(T loaded) {
        SessionEntry<T> known = entryFor(loaded);
        if (known != null) {
            return withLoadedSlots(known, loaded);
        }
        SessionEntry<T> entry = new SessionEntry<>(planOf(loaded), loaded, SessionEntry.State.MANAGED);
        byKey.put(requireKey(entry), entry);
        byInstance.put(loaded, entry);
        return loaded;
    }

    /**
     * The held instance, given the relation slots a query loaded into a fresh copy of it (prefetch):
     * a class instance gets them in place, a record is replaced by a copy with them.
     */
    private <T> T withLoadedSlots(SessionEntry<T> known, T loaded) {
        EntityModel<T> model = known.model();
        T held = known.entity();
        for (var relation : model.relations()) {
            Object slot = model.slot(loaded, relation);
            if (slot != null && held != loaded) {
                held = model.withSlot(held, relation, slot);
            }
        }
        if (held != known.entity()) {
            known.replace(held);
            byInstance.put(held, known);
        }
        return held;
    }

    @SuppressWarnings("unchecked")
    private <T> SessionEntry<T> entryFor(T entity) {
        SessionEntry<?> entry = byInstance.get(entity);
        if (entry == null) {
            SessionKey key = SessionKey.of(planOf(entity).model(), entity);
            entry = key == null ? null : byKey.get(key);
        }
        return (SessionEntry<T>) entry;
    }

    private void forget(SessionEntry<?> entry) {
        byInstance.values().removeIf(held -> held == entry);
        SessionKey key = entry.key();
        if (key != null) {
            byKey.remove(key, entry);
        }
    }

    private static SessionKey requireKey(SessionEntry<?> entry) {
        SessionKey key = entry.key();
        if (key == null) {
            throw new ValidationException(entry.model().type().getSimpleName() + " has no key yet: add(...) it to"
                    + " insert it");
        }
        return key;
    }

    private static Condition[] keyConditions(EntityModel<?> model, SessionKey key) {
        Condition[] conditions = new Condition[model.keys().size()];
        for (int part = 0; part < conditions.length; part++) {
            PropertyModel property = model.keys().get(part);
            conditions[part] = Col.of(property.name()).eq(key.parts().get(part));
        }
        return conditions;
    }

    @SuppressWarnings("unchecked")
    private <T> EntityPlan<T> planOf(T entity) {
        return planOf((Class<T>) entity.getClass());
    }

    private <T> EntityPlan<T> planOf(Class<T> type) {
        EntityPlan<T> plan = engine.plans().of(type);
        plan.model().requireKey("a session");
        return plan;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this session is closed; open a new one with db.openSession()");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("this session belongs to the thread that opened it; use one session per"
                    + " thread");
        }
    }

    private static void requireArgument(Object value, String name) {
        if (value == null) {
            throw new ValidationException(name + " must not be null");
        }
    }
}
