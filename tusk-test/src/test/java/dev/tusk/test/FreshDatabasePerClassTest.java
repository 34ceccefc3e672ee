package dev.tusk.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static org.assertj.core.api.Assertions.assertThat;

class FreshDatabasePerClassTest {

    /** Names of the databases the fixture classes ran in. */
    static final Set<String> FIXTURE_DATABASES = ConcurrentHashMap.newKeySet();

    @Test
    void aTableMadeInOneClassIsAbsentInAnother() throws SQLException {
        FIXTURE_DATABASES.clear();

        EngineExecutionResults results = FixtureRun.run(FirstClass.class, SecondClass.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertThat(FIXTURE_DATABASES).hasSize(2);
        assertThat(existingDatabases(FIXTURE_DATABASES)).as("class databases are dropped after their class").isEmpty();
    }

    @Test
    void cloningTheTemplateKeepsItsExtensions() throws SQLException {
        SharedServer server = SharedServer.get();
        long[] nanos = new long[5];
        List<String> created = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < nanos.length; attempt++) {
                long start = System.nanoTime();
                created.add(server.createDatabase("clone_timing", false));
                nanos[attempt] = System.nanoTime() - start;
            }
            try (Connection connection = server.connect(created.getFirst());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select 1 from pg_extension where extname = 'hstore'")) {
                assertThat(rows.next()).as("hstore comes with the clone").isTrue();
            }
        } finally {
            for (String name : created) {
                server.dropDatabase(name);
            }
        }
        Arrays.sort(nanos);
        System.out.printf("tusk-test: CREATE DATABASE ... TEMPLATE on PostgreSQL %d (%s): median %.1f ms, min %.1f ms, max %.1f ms%n",
                server.majorVersion(), server.embedded() ? "embedded" : "TUSK_TEST_URL",
                nanos[nanos.length / 2] / 1e6, nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    private static List<String> existingDatabases(Set<String> names) throws SQLException {
        List<String> existing = new ArrayList<>();
        SharedServer server = SharedServer.get();
        try (Connection connection = server.connect(server.address().database());
             PreparedStatement query = connection.prepareStatement("select datname from pg_database where datname = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
        }
        return existing;
    }

    private static void assertProbeTableAbsentThenCreate(TestDatabase database) throws SQLException {
        FIXTURE_DATABASES.add(database.name());
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select to_regclass('public.isolation_probe') is null")) {
                rows.next();
                assertThat(rows.getBoolean(1)).as("isolation_probe made by the other class is visible").isTrue();
            }
            statement.execute("create table isolation_probe (id int)");
        }
    }

    @KitFixture
    @TuskTest
    static class FirstClass {
        @Test
        void makesTheProbeTable(TestDatabase database) throws SQLException {
            assertProbeTableAbsentThenCreate(database);
        }
    }

    @KitFixture
    @TuskTest
    static class SecondClass {
        @Test
        void makesTheProbeTable(TestDatabase database) throws SQLException {
            assertProbeTableAbsentThenCreate(database);
        }
    }
}
