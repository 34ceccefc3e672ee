package dev.tusk.async;

import dev.tusk.test.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What the server is doing for one application name, read from {@code pg_stat_activity} over a
 * connection of the test's own (whose application name differs, so it never counts itself).
 */
final class ServerActivity {
    private static final Duration POLL = Duration.ofMillis(10);

    private ServerActivity() {
    }

    /** Backends of {@code application} running a statement whose text contains {@code fragment}. */
    static int running(TestDatabase database, String application, String fragment) throws SQLException {
        return count(database, application, "state = 'active' and position(? in query) > 0", fragment);
    }

    /** Backends of {@code application} in state {@code state} ('idle', 'idle in transaction', ...). */
    static int inState(TestDatabase database, String application, String state) throws SQLException {
        return count(database, application, "state = ?", state);
    }

    /** Backends of {@code application}, whatever they do. */
    static int connections(Connection connection, String application) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from pg_stat_activity where application_name = ?")) {
            query.setString(1, application);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Waits until {@code condition} holds, up to {@code within}; returns how long it took, or null if it never did. */
    static Duration await(Duration within, Check condition) throws Exception {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.sleep(POLL);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** A condition polled by {@link #await}. */
    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    private static int count(TestDatabase database, String application, String where, String value)
            throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from pg_stat_activity where application_name = ? and " + where)) {
            query.setString(1, application);
            query.setString(2, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
