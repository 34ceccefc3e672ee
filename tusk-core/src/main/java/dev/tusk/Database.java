package dev.tusk;

import com.zaxxer.hikari.HikariDataSource;
import dev.tusk.exec.ConnectionScope;
import dev.tusk.exec.Executor;
import dev.tusk.exec.StatementListener;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.query.Col;
import dev.tusk.query.Query;
import dev.tusk.internal.ConnectionUrl;
import dev.tusk.internal.PoolFactory;
import dev.tusk.type.CodecRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The front door: a pool of connections to one PostgreSQL database and every operation on it.
 * Thread-safe; open one per database and share it.
 *
 * <pre>{@code
 * try (Database db = Database.connect("postgresql://app:secret@localhost:5432/shop")) {
 *     User alice = db.insert(new User(null, "alice"));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final DatabaseConfig config;
    private final List<StatementListener> listeners;
    private final CodecRegistry codecs;
    private final Executor executor;
    private final EntityPlans plans;
    private final EntityCommands commands;
    private final DatabaseQueryEngine queries;
    private final BulkCommands bulk;
    private final CopyCommands copies;
    private final SoftDeletes softDeletes;
    private volatile boolean closed;

    private Database(DataSource dataSource, HikariDataSource ownedPool, DatabaseConfig config,
                     List<StatementListener> listeners, CodecRegistry codecs, Duration slowQueryThreshold) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.config = config;
        this.listeners = List.copyOf(listeners);
        this.codecs = codecs;
        this.executor = new Executor(ConnectionScope.pooled(dataSource), codecs, this.listeners, slowQueryThreshold);
        this.plans = new EntityPlans(codecs);
        this.commands = new EntityCommands(executor, plans);
        this.queries = new DatabaseQueryEngine(executor, plans);
        this.bulk = new BulkCommands(executor, plans);
        this.copies = new CopyCommands(executor, plans);
        this.softDeletes = new SoftDeletes(executor, plans);
    }

    /**
     * Connects with default pool settings. Takes {@code postgresql://user:pass@host:port/db?...}
     * URIs and {@code jdbc:postgresql:} URLs.
     *
     * @throws dev.tusk.exception.ConnectionException when the server cannot be reached or refuses the login
     */
    public static Database connect(String url) {
        return builder().url(url).build();
    }

    /** Wraps an existing pool; {@link #close()} then leaves that pool open. */
    public static Database of(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Inserts an entity. Generated keys and database defaults (fields left null) come back through
     * {@code RETURNING}: a record is returned as a new instance, a class instance is filled in place
     * and returned.
     *
     * @throws dev.tusk.exception.ValidationException before any SQL when a value cannot be stored
     * @throws dev.tusk.exception.ConstraintViolationException when the row breaks a constraint
     */
    public <T> T insert(T entity) {
        return commands.insert(entity);
    }

    /** The entity with this primary key (for a composite key, {@link Key#of}), or empty. */
    public <T> Optional<T> find(Class<T> type, Object id) {
        return commands.find(type, id);
    }

    /**
     * The entity with this primary key.
     *
     * @throws dev.tusk.exception.NotFoundException when there is none
     */
    public <T> T get(Class<T> type, Object id) {
        return commands.get(type, id);
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
    public <T> T update(T entity, String... fields) {
        return commands.update(entity, fields);
    }

    /**
     * Inserts or updates by key state: with a generated key, a null key inserts and a set key
     * updates; with a {@code @Version}, version 0 inserts; otherwise an upsert on the primary key.
     */
    public <T> T save(T entity) {
        return commands.save(entity);
    }

    /**
     * Deletes an entity by key (and version, when it has one). On a {@code @SoftDelete} entity this
     * soft-deletes: it sets the timestamp to now and the row stays (see {@link #forceDelete}).
     *
     * @return whether a row was deleted
     * @throws dev.tusk.exception.OptimisticLockException when the version is stale
     */
    public <T> boolean delete(T entity) {
        return commands.delete(entity);
    }

    /**
     * Writes every column of an entity by key (but a {@code @SoftDelete} timestamp, which only
     * softDelete/restore change); see {@link #update(Object, String...)}.
     */
    public <T> T update(T entity) {
        return commands.update(entity);
    }

    /** Writes only these columns of an entity by key; see {@link #update(Object, String...)}. */
    @SafeVarargs
    public final <T> T update(T entity, Col<? super T, ?>... columns) {
        String[] fields = new String[columns.length];
        for (int index = 0; index < columns.length; index++) {
            if (columns[index] == null) {
                throw new dev.tusk.exception.ValidationException("update(...) columns must not be null");
            }
            fields[index] = columns[index].name();
        }
        return commands.update(entity, fields);
    }

    /**
     * Inserts many entities in one transaction: {@code INSERT ... SELECT ... FROM unnest(...)} with one
     * array parameter per column, 5,000 rows a statement. Generated keys and defaults come back in
     * input order: records as new instances, class instances filled in place. A failure at any row
     * writes nothing.
     */
    public <T> List<T> insertAll(List<T> entities) {
        return bulk.insertAll(entities);
    }

    /**
     * Inserts or updates on conflict: {@code upsert(user, Conflict.on(User_.email).update(User_.name))}.
     * The result says whether the row was inserted or updated.
     */
    public <T> Upserted<T> upsert(T entity, Conflict conflict) {
        return bulk.upsert(entity, conflict);
    }

    /** {@link #upsert} for many rows, in one transaction; one result per input row, in input order. */
    public <T> List<Upserted<T>> upsertAll(List<T> entities, Conflict conflict) {
        return bulk.upsertAll(entities, conflict);
    }

    /**
     * Updates loaded entities by key in one round trip per chunk ({@code UPDATE ... FROM unnest(...)});
     * only the given columns, or every non-key column. With {@code @Version}, a stale row raises
     * {@code OptimisticLockException} and nothing of the batch is written.
     */
    @SafeVarargs
    public final <T> List<T> updateAll(List<T> entities, Col<? super T, ?>... columns) {
        return bulk.updateAll(entities, columns);
    }

    /**
     * Loads rows with binary {@code COPY}: the fastest way in. Streams with constant memory; returns
     * the number of rows written. Generated values do not come back.
     */
    public <T> long copy(Class<T> type, Iterable<? extends T> rows) {
        return copies.copy(type, rows.iterator());
    }

    /** {@link #copy(Class, Iterable)} from a stream, read once, lazily. */
    public <T> long copy(Class<T> type, java.util.stream.Stream<? extends T> rows) {
        try (rows) {
            return copies.copy(type, rows.iterator());
        }
    }

    /** {@link #copy(Class, Iterable)} from an iterator, read once, lazily. */
    public <T> long copy(Class<T> type, java.util.Iterator<? extends T> rows) {
        return copies.copy(type, rows);
    }

    /** Marks a {@code @SoftDelete} entity deleted (sets its timestamp to now); returns it with the timestamp. */
    public <T> T softDelete(T entity) {
        return softDeletes.softDelete(entity);
    }

    /** Clears the soft-delete timestamp of an entity; returns it. */
    public <T> T restore(T entity) {
        return softDeletes.restore(entity);
    }

    /** Deletes the row of a {@code @SoftDelete} entity for good; returns whether there was one. */
    public <T> boolean forceDelete(T entity) {
        return softDeletes.forceDelete(entity);
    }

    /**
     * Deletes the row with this primary key, whatever its version (soft-deletes on a
     * {@code @SoftDelete} entity); returns whether there was one.
     */
    public <T> boolean deleteById(Class<T> type, Object id) {
        return commands.deleteById(type, id);
    }

    /**
     * Reloads an entity from its row: a record comes back as a new instance, a class instance is
     * overwritten in place.
     *
     * @throws dev.tusk.exception.NotFoundException when the row is gone
     */
    public <T> T refresh(T entity) {
        return commands.refresh(entity);
    }

    /**
     * A query over an entity's table; nothing runs until a terminal word ({@code list}, {@code one},
     * {@code count}, ...). See {@link Query}.
     *
     * <pre>{@code
     * List<User> adults = db.from(User.class).where(User_.age.gte(18)).orderBy(User_.name.asc()).list();
     * }</pre>
     */
    public <T> Query<T> from(Class<T> entity) {
        return Query.of(queries, entity);
    }

    /**
     * Hand-written SQL with {@code :named} or {@code ?} placeholders, parsed once; values are always
     * bound. See {@link RawSql}.
     */
    public RawSql sql(String text) {
        return new RawSql(text, executor, plans);
    }

    /** True when the database answers a trivial query now. */
    public boolean isConnected() {
        if (closed) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, config == null ? 5 : config.connectionTimeout().toSeconds()));
        } catch (SQLException | RuntimeException failure) {
            return false;
        }
    }

    /** The pool behind this database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The codecs this database converts values with. */
    public CodecRegistry codecs() {
        return codecs;
    }

    List<StatementListener> listeners() {
        return listeners;
    }

    /** Closes the pool if this database opened it. Idempotent. */
    @Override
    public void close() {
        closed = true;
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    /** Builds a {@link Database}: either from a URL and pool settings, or around a {@link DataSource}. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private int minIdle = 0;
        private int maxPoolSize = DatabaseConfig.DEFAULT_MAX_POOL_SIZE;
        private Duration connectionTimeout = DatabaseConfig.DEFAULT_CONNECTION_TIMEOUT;
        private Duration statementTimeout = Duration.ZERO;
        private String applicationName;
        private String searchPath;
        private Duration slowQueryThreshold = Duration.ofSeconds(1);
        private DataSource dataSource;
        private final List<StatementListener> listeners = new ArrayList<>();
        private CodecRegistry codecs;

        private Builder() {
        }

        /** A {@code postgresql://} URI or {@code jdbc:postgresql:} URL; credentials in it are used unless set apart. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Idle connections kept and the most the pool opens. */
        public Builder pool(int min, int max) {
            this.minIdle = min;
            this.maxPoolSize = max;
            return this;
        }

        public Builder connectionTimeout(Duration timeout) {
            this.connectionTimeout = Objects.requireNonNull(timeout, "connectionTimeout");
            return this;
        }

        /** Server-side {@code statement_timeout} for every connection; ZERO for none. */
        public Builder statementTimeout(Duration timeout) {
            this.statementTimeout = Objects.requireNonNull(timeout, "statementTimeout");
            return this;
        }

        public Builder applicationName(String name) {
            this.applicationName = name;
            return this;
        }

        /** Comma-separated schemas, as {@code SET search_path} takes them. */
        public Builder searchPath(String path) {
            this.searchPath = path;
            return this;
        }

        /** Statements slower than this log at WARN on {@code dev.tusk.sql}; ZERO turns it off. Default 1 s. */
        public Builder slowQueryThreshold(Duration threshold) {
            this.slowQueryThreshold = Objects.requireNonNull(threshold, "slowQueryThreshold");
            return this;
        }

        /** Use this pool instead of opening one; pool settings are then ignored. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** Adds a listener that sees every statement, phase by phase. */
        public Builder listener(StatementListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Replaces the codec registry (to add codecs or a configured Jackson mapper). */
        public Builder codecs(CodecRegistry registry) {
            this.codecs = Objects.requireNonNull(registry, "codecs");
            return this;
        }

        /** Opens the pool and checks that a connection can be made. */
        public Database build() {
            CodecRegistry registry = codecs != null ? codecs : CodecRegistry.defaults();
            if (dataSource != null) {
                return new Database(dataSource, null, null, listeners, registry, slowQueryThreshold);
            }
            if (url == null) {
                throw new dev.tusk.exception.ConfigurationException("url is not set: call url(...) or dataSource(...)");
            }
            ConnectionUrl parsed = ConnectionUrl.parse(url);
            DatabaseConfig config = new DatabaseConfig(parsed.jdbcUrl(),
                    user != null ? user : parsed.user(), password != null ? password : parsed.password(),
                    minIdle, maxPoolSize, connectionTimeout, statementTimeout, applicationName, searchPath,
                    slowQueryThreshold);
            HikariDataSource pool = PoolFactory.open(config);
            return new Database(pool, pool, config, listeners, registry, config.slowQueryThreshold());
        }
    }
}
