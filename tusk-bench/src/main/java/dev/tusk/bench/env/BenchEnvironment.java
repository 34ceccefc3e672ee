package dev.tusk.bench.env;

import com.zaxxer.hikari.HikariDataSource;
import dev.tusk.Database;
import dev.tusk.test.EmbeddedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The server and the pools, opened once per JVM. JMH creates a fresh {@code @State} object for every
 * trial, and the interleaved runner starts many trials in one JVM; the states reach this through
 * {@link #current()} so that no trial pays for a server start or a cold pool. A standalone JMH run
 * (a forked JVM) opens its own on first use.
 *
 * <p>Tusk gets its own pool with the same {@link PoolSettings} as the raw pool, wrapped with
 * {@link Database#of}, so both sides log in, hold connections and set driver options identically.
 */
public final class BenchEnvironment implements AutoCloseable {
    /** Set it to a {@code postgresql://} URI to measure against that server instead of an embedded one. */
    public static final String URL_VARIABLE = "TUSK_BENCH_URL";

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static BenchEnvironment current;

    private final EmbeddedServer embedded;
    private final ServerTarget target;
    private final HikariDataSource rawPool;
    private final HikariDataSource tuskPool;
    private final Database tusk;
    private final String serverVersion;
    private final PoolSettings poolSettings;
    private final Set<String> preparedFixtures = ConcurrentHashMap.newKeySet();
    private final Map<String, HikariDataSource> peerPools = new LinkedHashMap<>();
    private final Map<String, Object> components = new LinkedHashMap<>();

    private BenchEnvironment(EmbeddedServer embedded, ServerTarget target, PoolSettings pool) {
        this.embedded = embedded;
        this.target = target;
        this.poolSettings = pool;
        this.rawPool = new HikariDataSource(pool.toHikari(target, "bench-raw"));
        this.tuskPool = new HikariDataSource(pool.toHikari(target, "bench-tusk"));
        this.tusk = Database.of(tuskPool);
        this.serverVersion = queryServerVersion(rawPool);
    }

    /** The environment of this JVM, opened on first call (embedded server unless {@value #URL_VARIABLE} is set). */
    public static BenchEnvironment current() {
        LOCK.lock();
        try {
            if (current == null) {
                current = open(PoolSettings.standard());
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(BenchEnvironment::closeCurrent));
            }
            return current;
        } finally {
            LOCK.unlock();
        }
    }

    /** Closes the environment of this JVM, if one is open; the next {@link #current()} opens a new one. */
    public static void closeCurrent() {
        LOCK.lock();
        try {
            if (current != null) {
                current.close();
                current = null;
            }
        } finally {
            LOCK.unlock();
        }
    }

    private static BenchEnvironment open(PoolSettings pool) {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new BenchEnvironment(null, ServerTarget.parse(url.strip()), pool);
        }
        EmbeddedServer server = EmbeddedServer.start();
        try {
            ServerTarget target = new ServerTarget(server.jdbcUrl("postgres"), server.user(), null,
                    "embedded PostgreSQL (" + server.host() + ":" + server.port() + ", fsync off)");
            return new BenchEnvironment(server, target, pool);
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
    }

    /** The pool of the raw JDBC contenders. */
    public HikariDataSource rawPool() {
        return rawPool;
    }

    /** Tusk, on a pool of its own with the same settings as {@link #rawPool()}. */
    public Database tusk() {
        return tusk;
    }

    /**
     * The pool of a peer library ({@code "hibernate"}, {@code "jooq"}, {@code "jdbi"}), opened on first
     * use with the same {@link PoolSettings} as {@link #rawPool()}, closed with the environment.
     */
    public HikariDataSource pool(String library) {
        LOCK.lock();
        try {
            return peerPools.computeIfAbsent(library,
                    name -> new HikariDataSource(poolSettings.toHikari(target, "bench-" + name)));
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * A library object built once per environment (a Hibernate {@code SessionFactory}, a jOOQ
     * {@code DSLContext}, a {@code Jdbi}), so that no trial pays for its bootstrap. Closed with the
     * environment, before the pools, when it is {@link AutoCloseable}.
     */
    public <T> T component(String name, Class<T> type, Supplier<? extends T> factory) {
        LOCK.lock();
        try {
            return type.cast(components.computeIfAbsent(name, ignored -> factory.get()));
        } finally {
            LOCK.unlock();
        }
    }

    public ServerTarget target() {
        return target;
    }

    /** {@code SHOW server_version}, e.g. {@code 17.6}. */
    public String serverVersion() {
        return serverVersion;
    }

    /**
     * Runs {@code fixture} the first time {@code name} is asked for in this environment (creating a
     * table, say), not on every JMH trial.
     */
    public void prepareOnce(String name, SqlAction fixture) {
        LOCK.lock();
        try {
            if (preparedFixtures.contains(name)) {
                return;
            }
            try (Connection connection = rawPool.getConnection()) {
                fixture.run(connection);
            } catch (SQLException failure) {
                throw new IllegalStateException("could not prepare fixture " + name + ": " + failure.getMessage(), failure);
            }
            preparedFixtures.add(name);
        } finally {
            LOCK.unlock();
        }
    }

    @Override
    public void close() {
        try {
            for (Object component : components.values()) {
                if (component instanceof AutoCloseable closeable) {
                    closeQuietly(closeable);
                }
            }
            peerPools.values().forEach(HikariDataSource::close);
            tusk.close();
            tuskPool.close();
            rawPool.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception failure) {
            System.err.println("could not close " + closeable + ": " + failure);
        }
    }

    private static String queryServerVersion(HikariDataSource pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the server version: " + failure.getMessage(), failure);
        }
    }

    /** Work on one connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlAction {
        void run(Connection connection) throws SQLException;
    }
}
