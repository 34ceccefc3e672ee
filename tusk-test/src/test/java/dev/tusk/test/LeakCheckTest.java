package dev.tusk.test;

import dev.tusk.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import static org.assertj.core.api.Assertions.assertThat;

class LeakCheckTest {

    @Test
    void aTestThatLeavesConnectionsOpenFailsAndLaterTestsStillGetConnections() {
        LeakyTests.LEAKED.clear();
        EngineExecutionResults results = FixtureRun.run(LeakyTests.class);

        Map<String, String> failures = new TreeMap<>();
        for (Event event : results.testEvents().failed().list()) {
            String method = event.getTestDescriptor().getSource()
                    .map(source -> ((MethodSource) source).getMethodName()).orElseThrow();
            String message = event.getRequiredPayload(TestExecutionResult.class).getThrowable()
                    .map(Throwable::getMessage).orElse("");
            failures.put(method, message);
        }
        assertThat(failures).containsOnlyKeys("leaksAPooledConnection", "leaksTwoPlainConnections");
        assertThat(failures.get("leaksAPooledConnection"))
                .startsWith("Connection leak: the test left 1 connection open (1 from the class pool behind Database, 0 from TestDatabase.connection()");
        assertThat(failures.get("leaksTwoPlainConnections"))
                .startsWith("Connection leak: the test left 2 connections open (0 from the class pool behind Database, 2 from TestDatabase.connection()");
        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(3).failed(2));
    }

    @KitFixture
    @TuskTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LeakyTests {
        static final List<Connection> LEAKED = new CopyOnWriteArrayList<>();

        @Test
        @Order(1)
        void leaksAPooledConnection(Database db) throws SQLException {
            LEAKED.add(db.dataSource().getConnection());
        }

        @Test
        @Order(2)
        void leaksTwoPlainConnections(TestDatabase database) throws SQLException {
            LEAKED.add(database.connection());
            LEAKED.add(database.connection());
        }

        @Test
        @Order(3)
        void closesWhatItOpens(Database db, TestDatabase database) throws SQLException {
            try (Connection pooled = db.dataSource().getConnection(); Connection plain = database.connection()) {
                assertThat(pooled.isValid(1)).isTrue();
                assertThat(plain.isValid(1)).isTrue();
            }
        }

        @Test
        @Order(4)
        void theLeakCheckClosedTheLeakedConnections() throws SQLException {
            assertThat(LEAKED).hasSize(3);
            for (Connection connection : LEAKED) {
                assertThat(connection.isClosed()).isTrue();
            }
        }

        @Test
        @Order(5)
        void theWholePoolIsAvailableAgain(Database db) throws SQLException {
            List<Connection> borrowed = new ArrayList<>();
            try {
                for (int count = 0; count < TestDatabase.POOL_SIZE; count++) {
                    borrowed.add(db.dataSource().getConnection());
                }
            } finally {
                for (Connection connection : borrowed) {
                    connection.close();
                }
            }
            assertThat(borrowed).hasSize(TestDatabase.POOL_SIZE);
        }
    }
}
