package dev.tusk;

import com.zaxxer.hikari.HikariDataSource;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Executor;
import dev.tusk.exec.RepeatedReads;
import dev.tusk.exec.TransactionalScope;
import dev.tusk.exec.StatementListener;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.internal.ConnectionUrl;
import dev.tusk.internal.PoolFactory;
import dev.tusk.type.CodecRegistry;
import dev.tusk.validation.EntityValidator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
public final class Database extends Operations implements AutoCloseable {
    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final DatabaseConfig config;
    private final List<StatementListener> listeners;
    private final CodecRegistry codecs;
    private final AsyncRunner async;
    private volatile boolean closed;

    private Database(DataSource dataSource, HikariDataSource ownedPool, DatabaseConfig config, Builder settings,
                     int asyncConcurrency) {
        super(Engine.create(new Executor(new TransactionalScope(dataSource), settings.registry(),
                List.copyOf(settings.listeners), settings.slowQueryThreshold, settings.repeatedReads),
                new EntityPlans(settings.registry(), settings.validator)));
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.config = config;
        this.listeners = List.copyOf(settings.listeners);
        this.codecs = settings.registry();
        this.async = new AsyncRunner(asyncConcurrency);
        engine.events().operations(this);
    }

    /** A database's operations run on any thread: each joins the calling thread's transaction, if any. */
    @Override
    void checkUsable() {
        // always usable; a closed pool refuses connections itself
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
     * The lifecycle event handlers of this database: {@code db.events().on(EventType.PRE_SAVE,
     * User.class, (user, event) -> ...)}. See {@link Events}.
     */
    public Events events() {
        return engine.events();
    }

    /**
     * Opens a unit of work: an identity map and changes collected until {@link Session#flush} or
     * {@link Session#commit}. Use it in try-with-resources; see {@link Session}.
     */
    public Session openSession() {
        return new Session(engine);
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

    /**
     * Runs {@code work} on a virtual thread of its own and returns its result as a future. The work
     * receives this database's operations; on that thread they join no transaction (not even the
     * caller's) unless the work opens one. At most {@link #asyncConcurrency()} tasks run at once; the
     * others wait for a turn.
     *
     * <pre>{@code
     * CompletableFuture<Long> adults = db.async(ops -> ops.from(User.class).where(User_.age.gte(18)).count());
     * }</pre>
     *
     * <p>What the work throws, checked or not, completes the future exceptionally, unchanged
     * ({@code join()} wraps it in a {@code CompletionException}, as for any CompletableFuture).
     * {@code cancel(...)} on the future, or completing it from outside ({@code orTimeout}), stops the
     * work: the statement it runs is cancelled on the server, a wait for a connection is woken, and
     * its next statement is refused; work cancelled before it started never runs.
     *
     * @throws dev.tusk.exception.ValidationException at once, with no future, when {@code work} is null
     */
    public <R> CompletableFuture<R> async(AsyncWork<R> work) {
        if (work == null) {
            throw new ValidationException("async(work): work must not be null");
        }
        return async.submit(() -> work.apply(this));
    }

    /**
     * Runs {@link #withTransaction(TxFunction)} on a virtual thread of its own: the future completes
     * with the callback's result after COMMIT, or exceptionally with what the callback threw (the
     * transaction rolled back). Cancelling the future rolls the transaction back, unless COMMIT had
     * already been sent. See {@link #async}.
     *
     * <pre>{@code
     * CompletableFuture<Account> opened = db.withTransactionAsync(tx -> tx.insert(new Account(null, "alice", 10)));
     * }</pre>
     *
     * @throws dev.tusk.exception.ValidationException at once, with no future, when {@code work} is null
     */
    public <R> CompletableFuture<R> withTransactionAsync(TxFunction<R, ?> work) {
        return withTransactionAsync(TxOptions.defaults(), work);
    }

    /**
     * {@link #withTransactionAsync(TxFunction)} with options (isolation, read-only, timeouts, retries).
     *
     * @throws dev.tusk.exception.ValidationException at once, with no future, when {@code options} or {@code work} is null
     */
    public <R> CompletableFuture<R> withTransactionAsync(TxOptions options, TxFunction<R, ?> work) {
        if (options == null) {
            throw new ValidationException("withTransactionAsync(options, work): options must not be null;"
                    + " use TxOptions.defaults()");
        }
        if (work == null) {
            throw new ValidationException("withTransactionAsync(work): work must not be null");
        }
        return async.submit(() -> withTransaction(options, work));
    }

    /** {@link #withTransactionAsync(TxFunction)} for work that returns nothing; the future completes with null. */
    public CompletableFuture<Void> useTransactionAsync(TxConsumer<?> work) {
        return useTransactionAsync(TxOptions.defaults(), work);
    }

    /** {@link #withTransactionAsync(TxOptions, TxFunction)} for work that returns nothing. */
    public CompletableFuture<Void> useTransactionAsync(TxOptions options, TxConsumer<?> work) {
        if (work == null) {
            throw new ValidationException("useTransactionAsync(work): work must not be null");
        }
        return withTransactionAsync(options, tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** How many async tasks run at once; see {@link Builder#asyncConcurrency}. */
    public int asyncConcurrency() {
        return async.concurrency();
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
        private Integer asyncConcurrency;
        private EntityValidator validator = EntityValidator.detect();
        private RepeatedReads repeatedReads = new RepeatedReads(RepeatedReads.DEFAULT_THRESHOLD, false);

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

        /**
         * How many async tasks ({@link Database#async}, {@link Database#withTransactionAsync}) run at
         * once; the others wait for a turn, first come first served. Default: the pool's maximum
         * size when Tusk opens the pool (or reads it from a HikariCP pool given to
         * {@link #dataSource}), else 10.
         *
         * <pre>{@code
         * Database db = Database.builder().url(url).pool(0, 20).asyncConcurrency(8).build();
         * }</pre>
         *
         * @throws dev.tusk.exception.ConfigurationException when {@code tasks} is below 1
         */
        public Builder asyncConcurrency(int tasks) {
            if (tasks < 1) {
                throw new dev.tusk.exception.ConfigurationException("asyncConcurrency must be at least 1, got " + tasks
                        + "; it is how many async tasks run at once (default: the pool's maximum size)");
            }
            this.asyncConcurrency = tasks;
            return this;
        }

        /**
         * What checks entities before every write, besides the checks the mapping implies (which
         * always run). Default: {@link EntityValidator#detect()}, Jakarta Validation when a provider is
         * on the class path. {@link EntityValidator#none()} turns it off;
         * {@code JakartaValidation.of(validator)} uses a Jakarta {@code Validator} you configured.
         */
        public Builder validator(EntityValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * N+1 detection: inside a transaction or session, a read statement sent more than
         * {@code threshold} times (default 10) is logged as a WARNING on {@code dev.tusk.relations},
         * naming the relation and the fix ({@code include} or {@code prefetch}); with {@code strict},
         * it throws {@link dev.tusk.exception.RelationException} instead (Tusk's own tests run strict).
         *
         * @throws dev.tusk.exception.ConfigurationException when the threshold is below 1
         */
        public Builder nPlusOne(int threshold, boolean strict) {
            this.repeatedReads = new RepeatedReads(threshold, strict);
            return this;
        }

        /** Turns N+1 detection off. */
        public Builder nPlusOneOff() {
            this.repeatedReads = RepeatedReads.OFF;
            return this;
        }

        /** Opens the pool and checks that a connection can be made. */
        public Database build() {
            if (dataSource != null) {
                int defaultConcurrency = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize()
                        : AsyncRunner.DEFAULT_CONCURRENCY;
                return new Database(dataSource, null, null, this,
                        asyncConcurrency != null ? asyncConcurrency : defaultConcurrency);
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
            return new Database(pool, pool, config, this,
                    asyncConcurrency != null ? asyncConcurrency : config.maxPoolSize());
        }

        private CodecRegistry registry() {
            return codecs != null ? codecs : CodecRegistry.defaults();
        }
    }
}
