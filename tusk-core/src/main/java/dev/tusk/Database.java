package dev.tusk;

import com.zaxxer.hikari.HikariDataSource;
import dev.tusk.exec.Executor;
import dev.tusk.exec.TransactionalScope;
import dev.tusk.exec.StatementListener;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.internal.ConnectionUrl;
import dev.tusk.internal.PoolFactory;
import dev.tusk.type.CodecRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    private volatile boolean closed;

    private Database(DataSource dataSource, HikariDataSource ownedPool, DatabaseConfig config,
                     List<StatementListener> listeners, CodecRegistry codecs, Duration slowQueryThreshold) {
        super(Engine.create(new Executor(new TransactionalScope(dataSource), codecs, List.copyOf(listeners),
                slowQueryThreshold), new EntityPlans(codecs)));
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.config = config;
        this.listeners = List.copyOf(listeners);
        this.codecs = codecs;
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
