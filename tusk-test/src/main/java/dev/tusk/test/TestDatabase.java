package dev.tusk.test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.tusk.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The database of one test class: created fresh (a clone of the kit's template) before the class's
 * first test, dropped after its last. Resolved as a parameter of test constructors and of
 * {@code @BeforeAll}, {@code @BeforeEach} and {@code @Test} methods of a {@link TuskTest} class.
 *
 * <pre>{@code
 * @TuskTest
 * class UserRepositoryTest {
 *     @BeforeAll
 *     static void schema(TestDatabase db) {
 *         db.execute("create table users (id bigserial primary key, name text not null)");
 *     }
 *
 *     @Test
 *     void insertReturnsGeneratedKey(Database db) { ... }
 * }
 * }</pre>
 *
 * <p>After each test the kit checks that every connection taken from {@link #database()}'s pool
 * or from {@link #connection()} was closed; a leak fails the test (and the leaked connections are
 * closed so the next test starts clean). Connections must therefore not outlive the test that
 * opened them, including ones opened in {@code @BeforeAll}. The check assumes the tests of one
 * class run one at a time, which is JUnit's default.
 */
public final class TestDatabase {

    /** Most connections the class's pool opens; small on purpose, so a leak shows up fast. */
    static final int POOL_SIZE = 4;

    private final SharedServer server;
    private final String name;
    private final SqlCapture capture = new SqlCapture();
    private final ConnectionTracker pooled = new ConnectionTracker();
    private final ConnectionTracker direct = new ConnectionTracker();
    private final ReentrantLock poolLock = new ReentrantLock();
    private HikariDataSource pool;
    private Database database;

    TestDatabase(SharedServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The database name (unique on the server; lower case, no quoting needed). */
    public String name() {
        return name;
    }

    /** {@code jdbc:postgresql://host:port/name}, without credentials: use {@link #user()} and {@link #password()}. */
    public String jdbcUrl() {
        return server.address().jdbcUrl(name);
    }

    /** {@code postgresql://user:pass@host:port/name}, credentials included: the form {@code Database.connect} and the CLI take. */
    public String url() {
        return server.address().uri(name);
    }

    public String user() {
        return server.address().user();
    }

    /** The password, or null when the server trusts {@link #user()} (the embedded server's superuser). */
    public String password() {
        return server.address().password();
    }

    public String host() {
        return server.address().host();
    }

    public int port() {
        return server.address().port();
    }

    /** The server's major version: 17 for the embedded server, whatever {@code TUSK_TEST_URL} points at otherwise. */
    public int serverVersion() {
        return server.majorVersion();
    }

    /**
     * A new plain JDBC connection to this database (not pooled, auto-commit on). Close it in the
     * test: one still open after the test fails the leak check.
     */
    public Connection connection() throws SQLException {
        return direct.track(openUntracked());
    }

    /**
     * The class's {@link Database}: one per class, over a HikariCP pool of at most
     * {@value #POOL_SIZE} connections, with {@link #capture()} as its statement listener. Opened on
     * first use.
     */
    public Database database() {
        poolLock.lock();
        try {
            if (database == null) {
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(jdbcUrl());
                config.setUsername(user());
                config.setPassword(password());
                config.setMaximumPoolSize(POOL_SIZE);
                config.setMinimumIdle(0);
                config.setConnectionTimeout(10_000);
                config.setPoolName("tusk-test-" + name);
                pool = new HikariDataSource(config);
                database = Database.builder().dataSource(new TrackingDataSource(pool, pooled)).listener(capture)
                        .nPlusOne(dev.tusk.exec.RepeatedReads.DEFAULT_THRESHOLD, true).build();
            }
            return database;
        } finally {
            poolLock.unlock();
        }
    }

    /** The recorder of the statements {@link #database()} sends. */
    public SqlCapture capture() {
        return capture;
    }

    /** Whether extension {@code extensionName} is installed in this database ({@code hstore} always is). */
    public boolean hasExtension(String extensionName) {
        try (Connection connection = openUntracked();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_extension WHERE extname = ?")) {
            query.setString(1, extensionName);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot read pg_extension of " + name + ": " + failure.getMessage(), failure);
        }
    }

    /**
     * Whether the server refuses a wrong password. Always true on the embedded server; on a
     * {@code TUSK_TEST_URL} server it depends on its {@code pg_hba.conf} and is probed once per JVM.
     * Tests of authentication failures assume it.
     */
    public boolean passwordsRequired() {
        return server.passwordsRequired(name);
    }

    /**
     * Runs {@code sqlScript} on a fresh connection with auto-commit on: statements separated by
     * semicolons, and {@code COPY table FROM stdin;} lines followed by data up to a line {@code \.},
     * as {@code psql} takes them. The statements between two {@code COPY} blocks go to the server
     * together and run as one implicit transaction: a failure undoes all of them, and a statement
     * that refuses to run in a transaction or pipeline ({@code VACUUM},
     * {@code CREATE INDEX CONCURRENTLY}) needs an {@code execute} call of its own.
     *
     * @throws IllegalStateException with the server's message when a statement fails
     */
    public void execute(String sqlScript) {
        try (Connection connection = openUntracked()) {
            PsqlScript.of(sqlScript).runOn(connection);
        } catch (SQLException failure) {
            throw new IllegalStateException("SQL failed in " + name + ": " + failure.getMessage(), failure);
        }
    }

    Connection openUntracked() throws SQLException {
        return server.connect(name);
    }

    /**
     * The leak check: closes every connection still open and describes them, or returns empty
     * when there were none. Also stops and clears the capture.
     */
    Optional<String> releaseLeaks() {
        capture.reset();
        int fromPool = pooled.closeOpen();
        int fromConnection = direct.closeOpen();
        int borrowedOtherwise = activeInPool();
        int total = fromPool + fromConnection + borrowedOtherwise;
        if (total == 0) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("Connection leak: the test left ").append(total)
                .append(total == 1 ? " connection" : " connections").append(" open (");
        message.append(fromPool).append(" from the class pool behind Database, ")
                .append(fromConnection).append(" from TestDatabase.connection()");
        if (borrowedOtherwise > 0) {
            message.append(", ").append(borrowedOtherwise).append(" borrowed from the HikariCP pool directly, still held");
        }
        message.append("). Close connections with try-with-resources inside the test; ")
                .append("the leak check closed the ones it could so the next test starts clean.");
        return Optional.of(message.toString());
    }

    private int activeInPool() {
        poolLock.lock();
        try {
            HikariPoolMXBean bean = pool == null ? null : pool.getHikariPoolMXBean();
            return bean == null ? 0 : bean.getActiveConnections();
        } finally {
            poolLock.unlock();
        }
    }

    /** Closes the pool and every connection, then drops the database. */
    void close() throws SQLException {
        poolLock.lock();
        try {
            if (database != null) {
                database.close();
            }
            if (pool != null) {
                pool.close();
            }
        } finally {
            poolLock.unlock();
        }
        pooled.closeOpen();
        direct.closeOpen();
        server.dropDatabase(name);
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " on " + server.address().host() + ":" + server.address().port() + "]";
    }
}
