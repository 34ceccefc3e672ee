package dev.tusk.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one PostgreSQL server of this JVM's tests, and the databases the kit makes on it.
 *
 * <p>The server is the one named by {@code TUSK_TEST_URL}, or else an {@link EmbeddedServer}
 * started on first use and stopped at JVM exit. One admin connection (to the URL's database, or
 * {@code postgres} on the embedded server) creates and drops databases. A base template (UTF-8,
 * from {@code template0}, with {@code hstore} and, where the server has it, {@code vector}) is made
 * once per JVM under a name unique to the JVM, so several JVMs can share one server; each test
 * class gets a clone of it, which costs milliseconds because no extension script runs again.
 * Templates and any class database still alive are dropped by a shutdown hook.
 */
final class SharedServer {

    static final String URL_VARIABLE = "TUSK_TEST_URL";

    private static final ReentrantLock STARTUP = new ReentrantLock();
    private static SharedServer instance;
    private static RuntimeException startupFailure;

    private final ServerAddress admin;
    private final EmbeddedServer embedded;
    private final String jvmTag;
    private final ReentrantLock adminLock = new ReentrantLock();
    private final AtomicInteger databaseCounter = new AtomicInteger();
    private final Set<String> liveDatabases = ConcurrentHashMap.newKeySet();
    private final int majorVersion;
    private final String baseTemplate;
    private final ReentrantLock pagilaLock = new ReentrantLock();
    private String pagilaTemplate;
    private Boolean passwordsRequired;
    private Connection adminConnection;

    private SharedServer(ServerAddress admin, EmbeddedServer embedded) throws SQLException {
        this.admin = admin;
        this.embedded = embedded;
        // pid, then always three random base-36 digits: unique among JVMs sharing one server
        this.jvmTag = Long.toString(ProcessHandle.current().pid(), 36)
                + Integer.toString(36 * 36 + ThreadLocalRandom.current().nextInt(36 * 36 * 35), 36);
        this.majorVersion = queryInt("SELECT current_setting('server_version_num')::int / 10000");
        this.baseTemplate = "tusk_tpl_" + jvmTag;
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "tusk-test-cleanup"));
        createBaseTemplate();
    }

    /** The server of this JVM, started on first call. A failed start is reported again to every later caller. */
    static SharedServer get() {
        STARTUP.lock();
        try {
            if (instance == null && startupFailure == null) {
                try {
                    instance = start();
                } catch (RuntimeException | SQLException failure) {
                    startupFailure = new IllegalStateException("The test PostgreSQL server is not usable: "
                            + failure.getMessage(), failure);
                }
            }
            if (startupFailure != null) {
                throw new IllegalStateException(startupFailure.getMessage(), startupFailure);
            }
            return instance;
        } finally {
            STARTUP.unlock();
        }
    }

    private static SharedServer start() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new SharedServer(ServerAddress.parse(url.strip()), null);
        }
        EmbeddedServer server = EmbeddedServer.start();
        try {
            return new SharedServer(server.address(), server);
        } catch (SQLException | RuntimeException failure) {
            server.close();
            throw failure;
        }
    }

    boolean embedded() {
        return embedded != null;
    }

    int majorVersion() {
        return majorVersion;
    }

    ServerAddress address() {
        return admin;
    }

    /**
     * Creates a fresh database for {@code label} (a test class name) as a clone of the base
     * template, or of the Pagila template when {@code pagila} is set. Names look like
     * {@code tusk_<jvm>_<n>_<label>}, at most 63 bytes.
     */
    String createDatabase(String label, boolean pagila) throws SQLException {
        String template = pagila ? pagilaTemplate() : baseTemplate;
        String name = databaseName(label);
        liveDatabases.add(name);
        try {
            useAdmin(statement -> statement.execute("CREATE DATABASE " + quote(name) + " TEMPLATE " + quote(template)));
        } catch (SQLException | RuntimeException failure) {
            liveDatabases.remove(name);
            throw failure;
        }
        return name;
    }

    /** Drops {@code name}, closing any session still connected to it. */
    void dropDatabase(String name) throws SQLException {
        useAdmin(statement -> statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)"));
        liveDatabases.remove(name);
    }

    /** Opens a connection to {@code database} as the admin role. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(admin.jdbcUrl(database), admin.credentials());
    }

    /**
     * Whether the server refuses a wrong password on TCP: true on the embedded server by
     * construction; probed once (a throwaway role and one failing login) on a URL server, whose
     * {@code pg_hba.conf} may well trust everybody.
     */
    boolean passwordsRequired(String databaseName) {
        adminLock.lock();
        try {
            if (passwordsRequired == null) {
                passwordsRequired = embedded() || PasswordProbe.run(this, databaseName, "tusk_probe_" + jvmTag);
            }
            return passwordsRequired;
        } finally {
            adminLock.unlock();
        }
    }

    /** The Pagila template, loaded on first call; a missing fixture aborts the calling test class. */
    private String pagilaTemplate() throws SQLException {
        pagilaLock.lock();
        try {
            if (pagilaTemplate == null) {
                String name = "tusk_pagila_" + jvmTag;
                liveDatabases.add(name);
                useAdmin(statement -> statement.execute("CREATE DATABASE " + quote(name) + " TEMPLATE " + quote(baseTemplate)));
                try (Connection connection = connect(name)) {
                    Pagila.load(connection);
                } catch (SQLException | RuntimeException failure) {
                    dropDatabase(name);
                    throw failure;
                }
                pagilaTemplate = name;
            }
            return pagilaTemplate;
        } finally {
            pagilaLock.unlock();
        }
    }

    private void createBaseTemplate() throws SQLException {
        liveDatabases.add(baseTemplate);
        useAdmin(statement -> statement.execute(
                "CREATE DATABASE " + quote(baseTemplate) + " TEMPLATE template0 ENCODING 'UTF8'"));
        // This connection must be closed before the first clone: PostgreSQL refuses to copy a database in use.
        try (Connection connection = connect(baseTemplate); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS hstore");
            boolean vectorAvailable;
            try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")) {
                vectorAvailable = rows.next();
            }
            if (vectorAvailable) {
                try {
                    statement.execute("CREATE EXTENSION IF NOT EXISTS vector");
                } catch (SQLException notPermitted) {
                    // pgvector is not a trusted extension: a role without superuser may not install it
                    System.err.println("tusk-test: pgvector is available on " + admin + " but could not be installed"
                            + " (" + notPermitted.getMessage() + "); tests see hasExtension(\"vector\") == false");
                }
            }
        }
    }

    private String databaseName(String label) {
        String prefix = "tusk_" + jvmTag + "_" + databaseCounter.incrementAndGet() + "_";
        String cleaned = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        int room = 63 - prefix.length();
        return prefix + (cleaned.length() > room ? cleaned.substring(cleaned.length() - room) : cleaned);
    }

    private int queryInt(String sql) throws SQLException {
        int[] result = new int[1];
        useAdmin(statement -> {
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                result[0] = rows.getInt(1);
            }
        });
        return result[0];
    }

    /** Runs {@code work} on the admin connection, one caller at a time, reconnecting if the connection broke. */
    void useAdmin(StatementWork work) throws SQLException {
        adminLock.lock();
        try {
            if (adminConnection == null || !adminConnection.isValid(2)) {
                closeAdmin();
                adminConnection = connect(admin.database());
            }
            try (Statement statement = adminConnection.createStatement()) {
                work.run(statement);
            }
        } finally {
            adminLock.unlock();
        }
    }

    private void closeAdmin() {
        if (adminConnection != null) {
            try {
                adminConnection.close();
            } catch (SQLException ignored) {
                // the connection is already unusable; a new one replaces it
            }
            adminConnection = null;
        }
    }

    private void shutdown() {
        if (embedded != null) {
            // the whole server and its data go away: nothing to drop one by one
            closeAdmin();
            embedded.close();
            return;
        }
        for (String name : Set.copyOf(liveDatabases)) {
            try {
                dropDatabase(name);
            } catch (SQLException | RuntimeException failure) {
                System.err.println("tusk-test: could not drop database " + name + " on " + admin + ": " + failure.getMessage());
            }
        }
        closeAdmin();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @FunctionalInterface
    interface StatementWork {
        void run(Statement statement) throws SQLException;
    }
}
