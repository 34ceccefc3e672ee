package dev.tusk;

import dev.tusk.exception.ValidationException;
import dev.tusk.query.Col;
import dev.tusk.query.Query;
import dev.tusk.query.Relation;
import java.util.List;
import java.util.Optional;

/**
 * Every operation on the data, offered alike by a {@link Database} (each call on its own pooled
 * connection, or joining the transaction the calling thread holds) and by a {@link Transaction}
 * (inside it): CRUD, bulk writes, queries and raw SQL, and transactions, which nest as savepoints.
 *
 * <pre>{@code
 * User saved = db.withTransaction(tx -> {
 *     User user = tx.insert(new User(null, "alice"));
 *     tx.insert(new AuditEntry(null, "created " + user.id()));
 *     return user;
 * });
 * }</pre>
 */
public abstract sealed class Operations permits Database, Transaction {
    final Engine engine;

    Operations(Engine engine) {
        this.engine = engine;
    }

    /** Throws when these operations cannot run on the calling thread now (a transaction that ended). */
    abstract void checkUsable();

    /**
     * Inserts an entity. Generated keys and database defaults (fields left null) come back through
     * {@code RETURNING}: a record is returned as a new instance, a class instance is filled in place
     * and returned.
     *
     * @throws dev.tusk.exception.ValidationException before any SQL when a value cannot be stored
     * @throws dev.tusk.exception.ConstraintViolationException when the row breaks a constraint
     */
    public final <T> T insert(T entity) {
        checkUsable();
        return !engine.events().any() ? engine.commands().insert(entity)
                : engine.writes().one(EventedWrites.Kind.INSERT, entity, "insert",
                        () -> engine.commands().insert(entity));
    }

    /** The entity with this primary key (for a composite key, {@link Key#of}), or empty. */
    public final <T> Optional<T> find(Class<T> type, Object id) {
        checkUsable();
        return engine.commands().find(type, id);
    }

    /**
     * The entity with this primary key.
     *
     * @throws dev.tusk.exception.NotFoundException when there is none
     */
    public final <T> T get(Class<T> type, Object id) {
        checkUsable();
        return engine.commands().get(type, id);
    }

    /**
     * Writes every column of an entity by key, or only the named fields. With {@code @Version} the
     * write happens only if the stored version is the entity's, and bumps it: the returned record
     * (or the class instance, changed in place) carries the new version.
     *
     * @param fields field or column names to write; none means every non-key column
     * @throws dev.tusk.exception.OptimisticLockException when the version is stale; nothing is written
     * @throws dev.tusk.exception.NotFoundException when no row has the key (entities without a version)
     */
    public final <T> T update(T entity, String... fields) {
        checkUsable();
        return !engine.events().any() ? engine.commands().update(entity, fields)
                : engine.writes().one(EventedWrites.Kind.UPDATE, entity, "update",
                        () -> engine.commands().update(entity, fields));
    }

    /**
     * Inserts or updates by key state: with a generated key, a null key inserts and a set key
     * updates; with a {@code @Version}, version 0 inserts; otherwise an upsert on the primary key.
     */
    public final <T> T save(T entity) {
        checkUsable();
        return !engine.events().any() ? engine.commands().save(entity)
                : engine.writes().save(entity, () -> engine.commands().save(entity));
    }

    /**
     * Deletes an entity by key (and version, when it has one). On a {@code @SoftDelete} entity this
     * soft-deletes: it sets the timestamp to now and the row stays (see {@link #forceDelete}).
     *
     * @return whether a row was deleted
     * @throws dev.tusk.exception.OptimisticLockException when the version is stale
     */
    public final <T> boolean delete(T entity) {
        checkUsable();
        return !engine.events().any() ? engine.commands().delete(entity)
                : engine.writes().delete(entity, "delete", () -> engine.commands().delete(entity));
    }

    /**
     * Writes every column of an entity by key (but a {@code @SoftDelete} timestamp, which only
     * softDelete/restore change); see {@link #update(Object, String...)}.
     */
    public final <T> T update(T entity) {
        checkUsable();
        return !engine.events().any() ? engine.commands().update(entity)
                : engine.writes().one(EventedWrites.Kind.UPDATE, entity, "update",
                        () -> engine.commands().update(entity));
    }

    /** Writes only these columns of an entity by key; see {@link #update(Object, String...)}. */
    @SafeVarargs
    public final <T> T update(T entity, Col<? super T, ?>... columns) {
        checkUsable();
        String[] fields = new String[columns.length];
        for (int index = 0; index < columns.length; index++) {
            if (columns[index] == null) {
                throw new ValidationException("update(...) columns must not be null");
            }
            fields[index] = columns[index].name();
        }
        return !engine.events().any() ? engine.commands().update(entity, fields)
                : engine.writes().one(EventedWrites.Kind.UPDATE, entity, "update",
                        () -> engine.commands().update(entity, fields));
    }

    /**
     * Inserts many entities in one transaction: {@code INSERT ... SELECT ... FROM unnest(...)} with one
     * array parameter per column, 5,000 rows a statement. Generated keys and defaults come back in
     * input order: records as new instances, class instances filled in place. A failure at any row
     * writes nothing.
     */
    public final <T> List<T> insertAll(List<T> entities) {
        checkUsable();
        return !engine.events().any() ? engine.bulk().insertAll(entities)
                : engine.writes().all(EventedWrites.Kind.INSERT, entities, "insertAll",
                        () -> engine.bulk().insertAll(entities));
    }

    /**
     * Inserts or updates on conflict: {@code upsert(user, Conflict.on(User_.email).update(User_.name))}.
     * The result says whether the row was inserted or updated.
     */
    public final <T> Upserted<T> upsert(T entity, Conflict conflict) {
        checkUsable();
        if (!engine.events().any() || entity == null) {
            return engine.bulk().upsert(entity, conflict);
        }
        return engine.writes().upserts(List.of(entity), "upsert", () -> List.of(engine.bulk().upsert(entity, conflict)))
                .get(0);
    }

    /** {@link #upsert} for many rows, in one transaction; one result per input row, in input order. */
    public final <T> List<Upserted<T>> upsertAll(List<T> entities, Conflict conflict) {
        checkUsable();
        return !engine.events().any() ? engine.bulk().upsertAll(entities, conflict)
                : engine.writes().upserts(entities, "upsertAll", () -> engine.bulk().upsertAll(entities, conflict));
    }

    /**
     * Updates loaded entities by key in one round trip per chunk ({@code UPDATE ... FROM unnest(...)});
     * only the given columns, or every non-key column. With {@code @Version}, a stale row raises
     * {@code OptimisticLockException} and nothing of the batch is written.
     */
    @SafeVarargs
    public final <T> List<T> updateAll(List<T> entities, Col<? super T, ?>... columns) {
        checkUsable();
        return !engine.events().any() ? engine.bulk().updateAll(entities, columns)
                : engine.writes().all(EventedWrites.Kind.UPDATE, entities, "updateAll",
                        () -> engine.bulk().updateAll(entities, columns));
    }

    /**
     * Loads rows with binary {@code COPY}: the fastest way in. Streams with constant memory; returns
     * the number of rows written. Generated values do not come back.
     */
    public final <T> long copy(Class<T> type, Iterable<? extends T> rows) {
        checkUsable();
        return engine.copies().copy(type, rows == null ? null : rows.iterator());
    }

    /** {@link #copy(Class, Iterable)} from a stream, read once, lazily. */
    public final <T> long copy(Class<T> type, java.util.stream.Stream<? extends T> rows) {
        checkUsable();
        try (rows) {
            return engine.copies().copy(type, rows.iterator());
        }
    }

    /** {@link #copy(Class, Iterable)} from an iterator, read once, lazily. */
    public final <T> long copy(Class<T> type, java.util.Iterator<? extends T> rows) {
        checkUsable();
        return engine.copies().copy(type, rows);
    }

    /** Marks a {@code @SoftDelete} entity deleted (sets its timestamp to now); returns it with the timestamp. */
    public final <T> T softDelete(T entity) {
        checkUsable();
        return engine.softDeletes().softDelete(entity);
    }

    /** Clears the soft-delete timestamp of an entity; returns it. */
    public final <T> T restore(T entity) {
        checkUsable();
        return engine.softDeletes().restore(entity);
    }

    /** Deletes the row of a {@code @SoftDelete} entity for good; returns whether there was one. */
    public final <T> boolean forceDelete(T entity) {
        checkUsable();
        return !engine.events().any() ? engine.softDeletes().forceDelete(entity)
                : engine.writes().delete(entity, "forceDelete", () -> engine.softDeletes().forceDelete(entity));
    }

    /**
     * Deletes the row with this primary key, whatever its version (soft-deletes on a
     * {@code @SoftDelete} entity); returns whether there was one.
     */
    public final <T> boolean deleteById(Class<T> type, Object id) {
        checkUsable();
        return engine.commands().deleteById(type, id);
    }

    /**
     * Reloads an entity from its row: a record comes back as a new instance, a class instance is
     * overwritten in place.
     *
     * @throws dev.tusk.exception.NotFoundException when the row is gone
     */
    public final <T> T refresh(T entity) {
        checkUsable();
        return engine.commands().refresh(entity);
    }

    /**
     * A query over an entity's table; nothing runs until a terminal word ({@code list}, {@code one},
     * {@code count}, ...). See {@link Query}.
     *
     * <pre>{@code
     * List<User> adults = db.from(User.class).where(User_.age.gte(18)).orderBy(User_.name.asc()).list();
     * }</pre>
     */
    public final <T> Query<T> from(Class<T> entity) {
        checkUsable();
        return Query.of(engine.queries(), entity);
    }

    /**
     * Hand-written SQL with {@code :named} or {@code ?} placeholders, parsed once; values are always
     * bound. See {@link RawSql}.
     */
    public final RawSql sql(String text) {
        checkUsable();
        return new RawSql(text, engine.executor(), engine.plans());
    }

    /**
     * The entity a to-one relation of {@code entity} points at, read now (one statement; none when
     * the foreign key is null): {@code Author author = db.fetch(post, Post_.author)}. The entity's slot
     * is left as it is; see {@link #fetchAll} for a filled copy.
     *
     * @return the related entity, or null when there is none
     * @throws ValidationException when an argument is null or the relation belongs to another entity
     */
    public final <E, T> T fetch(E entity, Relation.ToOne<E, T> relation) {
        checkUsable();
        return engine.relationCommands().fetch(entity, relation);
    }

    /**
     * The entities of a to-many relation of {@code entity}, read now in one statement, in key order:
     * {@code List<Post> posts = db.fetch(user, User_.posts)}; {@code db.fetch(post, Post_.tags)} through
     * the junction table.
     */
    public final <E, T> List<T> fetch(E entity, Relation.ToMany<E, T> relation) {
        checkUsable();
        return engine.relationCommands().fetch(entity, relation);
    }

    /**
     * Every relation slot of {@code entity}, one statement each. Resilient: a relation whose table is
     * missing or not readable is logged and left empty ({@link Related#problems()} says why), never a
     * failure; inside a transaction each load runs in a savepoint, so the transaction stays usable.
     */
    public final <E> Related<E> fetchAll(E entity) {
        checkUsable();
        return engine.relationCommands().fetchAll(entity);
    }

    /**
     * {@code root} with its whole subtree loaded through a self-referencing relation, in one
     * recursive statement ({@code WITH RECURSIVE}): {@code Category tree = db.subtree(root,
     * Category_.children)} fills {@code children} at every level, in key order. A cycle in the data
     * stops at the first repeated row. The root itself is read again, so it comes back current.
     */
    public final <E> E subtree(E root, Relation.ToMany<E, E> children) {
        checkUsable();
        return engine.relationCommands().subtree(root, children);
    }

    /**
     * The links of {@code entity} in a many-to-many relation, to add, remove, set or clear:
     * {@code db.link(post, Post_.tags).add(news, java)}.
     */
    public final <E, T> Link<E, T> link(E entity, Relation.ToMany<E, T> relation) {
        checkUsable();
        return engine.relationCommands().link(entity, relation);
    }

    /**
     * Runs {@code work} in a transaction and returns its result: commit when it returns, rollback
     * when it throws anything (the throwable is rethrown unchanged; a failed rollback is attached as
     * suppressed). Called inside a transaction, it runs as a SAVEPOINT: a throw rolls back only the
     * nested block.
     *
     * <pre>{@code
     * User saved = db.withTransaction(tx -> tx.insert(user));
     * }</pre>
     */
    public final <R, X extends Throwable> R withTransaction(TxFunction<R, X> work) throws X {
        return withTransaction(TxOptions.defaults(), work);
    }

    /**
     * {@link #withTransaction(TxFunction)} with options: isolation, read-only, deferrable, timeouts
     * ({@code SET LOCAL}, so they end with the transaction) and retries of the whole callback on a
     * serialization failure or deadlock.
     *
     * @throws ValidationException before anything runs when {@code options} or {@code work} is null,
     *                             or when a nested transaction is given options other than the defaults
     */
    public final <R, X extends Throwable> R withTransaction(TxOptions options, TxFunction<R, X> work) throws X {
        checkUsable();
        if (options == null) {
            throw new ValidationException("withTransaction(options, work): options must not be null;"
                    + " use TxOptions.defaults()");
        }
        if (work == null) {
            throw new ValidationException("withTransaction(work): work must not be null");
        }
        return engine.transactions().run(engine, options, work);
    }

    /** {@link #withTransaction(TxFunction)} for work that returns nothing. */
    public final <X extends Throwable> void useTransaction(TxConsumer<X> work) throws X {
        useTransaction(TxOptions.defaults(), work);
    }

    /** {@link #withTransaction(TxOptions, TxFunction)} for work that returns nothing. */
    public final <X extends Throwable> void useTransaction(TxOptions options, TxConsumer<X> work) throws X {
        if (work == null) {
            throw new ValidationException("useTransaction(work): work must not be null");
        }
        withTransaction(options, tx -> {
            work.accept(tx);
            return null;
        });
    }
}
