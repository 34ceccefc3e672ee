package dev.tusk.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The Pagila sample database (films, actors, customers, rentals, payments partitioned by month)
 * for tests that want realistic data: 1,000 films, 16,044 rentals, enums, domains, arrays,
 * full-text columns.
 *
 * <p>Two ways to get it. The fast one is {@code @TuskTest(pagila = true)}: Pagila is loaded once
 * per JVM into a template and every such class gets a clone (milliseconds after the first load).
 * The other is {@link #loadInto(TestDatabase)}, which loads it into a class database that already
 * exists (a second or two each time).
 *
 * <p>The fixture files {@code pagila-schema.sql} and {@code pagila-data.sql} are looked up in
 * {@code shared/fixtures/pagila} in the working directory and each of its parents, or in the
 * directory named by the system property or environment variable {@value #DIRECTORY_PROPERTY}.
 * When they are nowhere, every test of a {@code pagila = true} class is skipped (a JUnit
 * assumption) with the paths tried as the reason, and {@link #loadInto} skips its caller.
 * Ownership statements of the dump are left out, so the objects belong to the role that loads
 * them, whatever it is called.
 */
public final class Pagila {

    /** Names the fixture directory explicitly (system property first, then environment variable). */
    public static final String DIRECTORY_PROPERTY = "TUSK_PAGILA_DIR";

    private static final String SCHEMA_FILE = "pagila-schema.sql";
    private static final String DATA_FILE = "pagila-data.sql";

    private Pagila() {
    }

    /**
     * Loads the Pagila schema and data into {@code database}, which should be empty.
     *
     * <pre>{@code
     * @TuskTest
     * class RentalQueriesTest {
     *     @BeforeAll
     *     static void load(TestDatabase db) {
     *         Pagila.loadInto(db);
     *     }
     * }
     * }</pre>
     *
     * @throws org.opentest4j.TestAbortedException when the fixture files are not found
     */
    public static void loadInto(TestDatabase database) {
        Path directory = fixtureDirectory();
        try (Connection connection = database.openUntracked()) {
            load(connection, directory);
        } catch (SQLException failure) {
            throw new IllegalStateException("loading Pagila into " + database.name() + " failed: " + failure.getMessage(), failure);
        }
    }

    /** Loads Pagila through {@code connection}; the caller closes it. */
    static void load(Connection connection) throws SQLException {
        load(connection, fixtureDirectory());
    }

    private static void load(Connection connection, Path directory) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            PsqlScript.read(directory.resolve(SCHEMA_FILE)).withoutOwnerChanges().runOn(connection);
            PsqlScript.read(directory.resolve(DATA_FILE)).withoutOwnerChanges().runOn(connection);
            try (Statement statement = connection.createStatement()) {
                // the dump empties search_path for its own safety; give the session back its default
                statement.execute("RESET search_path");
                statement.execute("ANALYZE");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The fixture directory, from {@value #DIRECTORY_PROPERTY} or searched upward from the working directory.
     *
     * @throws org.opentest4j.TestAbortedException when it is not found
     */
    static Path fixtureDirectory() {
        return fixtureDirectory(configuredDirectory(), Path.of("").toAbsolutePath());
    }

    private static String configuredDirectory() {
        return System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_PROPERTY));
    }

    static Path fixtureDirectory(String configured, Path start) {
        List<Path> tried = new ArrayList<>();
        Optional<Path> found = findFixtureDirectory(configured, start, tried);
        Assumptions.assumeTrue(found.isPresent(), () -> missingMessage(tried));
        return found.orElseThrow();
    }

    /** Why Pagila cannot be loaded (the paths tried), or empty when the fixture is there. */
    static Optional<String> missingFixture() {
        List<Path> tried = new ArrayList<>();
        Optional<Path> found = findFixtureDirectory(configuredDirectory(), Path.of("").toAbsolutePath(), tried);
        return found.isPresent() ? Optional.empty() : Optional.of(missingMessage(tried));
    }

    private static String missingMessage(List<Path> tried) {
        return "Pagila fixture not found at " + tried;
    }

    /**
     * Looks in {@code configured} if set, else in {@code shared/fixtures/pagila} under {@code start}
     * and each of its parents; records each place tried.
     */
    static Optional<Path> findFixtureDirectory(String configured, Path start, List<Path> tried) {
        if (configured != null && !configured.isBlank()) {
            Path directory = Path.of(configured).toAbsolutePath().normalize();
            tried.add(directory);
            return hasFixture(directory) ? Optional.of(directory) : Optional.empty();
        }
        for (Path base = start; base != null; base = base.getParent()) {
            Path directory = base.resolve("shared").resolve("fixtures").resolve("pagila");
            tried.add(directory);
            if (hasFixture(directory)) {
                return Optional.of(directory);
            }
        }
        return Optional.empty();
    }

    private static boolean hasFixture(Path directory) {
        return Files.isReadable(directory.resolve(SCHEMA_FILE)) && Files.isReadable(directory.resolve(DATA_FILE));
    }
}
