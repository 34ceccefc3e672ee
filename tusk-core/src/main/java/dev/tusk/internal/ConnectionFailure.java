package dev.tusk.internal;

import dev.tusk.exception.ConnectionException;
import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.TuskException;
import dev.tusk.exec.SqlStateTranslator;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Explains why a pool could not open its first connection, in one line that names the cause the
 * user has to fix: an unknown host, nothing listening on host:port, a timeout, a refused login
 * (28P01, 28000), a missing database (3D000), a server that is shutting down or starting (57P0x).
 * The password is never part of the message.
 */
final class ConnectionFailure {
    private static final String OPERATION = "connect";
    private static final int MAX_CHAIN = 32;

    private ConnectionFailure() {
    }

    /**
     * @param failure  what the driver (or the pool) threw; kept as the cause
     * @param target   where the connection was going
     * @param timeout  the configured connection timeout, for the message when it ran out
     * @param password the password, scrubbed from the message should any text repeat it
     */
    static ConnectionException explain(Throwable failure, ConnectionTarget target, Duration timeout, String password) {
        SQLException sql = firstOf(failure, SQLException.class);
        ErrorContext context = ErrorContext.of(null, OPERATION).withSqlState(sql == null ? null : sql.getSQLState());
        String where = String.join(",", target.addresses());
        String problem;
        if (firstOf(failure, UnknownHostException.class) instanceof UnknownHostException unknown) {
            problem = "unknown host: " + unknown.getMessage() + " (the name does not resolve; check the host name)";
        } else if (firstOf(failure, ConnectException.class) != null) {
            problem = "connection refused: nothing is listening on " + where + " (check host and port, and that"
                    + " the server is running and accepts TCP connections)";
        } else if (firstOf(failure, NoRouteToHostException.class) != null) {
            problem = "no route to " + where + " (check the address and the network)";
        } else if (firstOf(failure, SocketTimeoutException.class) != null || loginTimedOut(sql)) {
            problem = "timed out after " + describe(timeout) + " without an answer from " + where
                    + " (a wrong address, a firewall, or a server too busy to answer; connectionTimeout sets the wait)";
        } else if (sql != null) {
            TuskException translated = SqlStateTranslator.translate(sql, context);
            problem = translated.reason();
            context = translated.context();
        } else {
            problem = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        }
        // the prefix is ours and names user and database on purpose; only the driver's text is scrubbed
        String reason = "cannot connect to PostgreSQL at " + target + ": " + scrub(problem, password);
        return new ConnectionException(reason, context, sql != null ? sql : failure);
    }

    /** pgjdbc's loginTimeout ran out: it throws 08001 with no cause (and a localized message). */
    private static boolean loginTimedOut(SQLException sql) {
        return sql != null && "08001".equals(sql.getSQLState()) && sql.getCause() == null
                && sql.getMessage() != null && sql.getMessage().contains("timed out");
    }

    private static <T extends Throwable> T firstOf(Throwable failure, Class<T> type) {
        Throwable link = failure;
        for (int depth = 0; link != null && depth < MAX_CHAIN; depth++, link = link.getCause()) {
            if (type.isInstance(link)) {
                return type.cast(link);
            }
        }
        return null;
    }

    /** Belt and braces: neither pgjdbc nor PostgreSQL puts the password in a message, and nor may we. */
    private static String scrub(String reason, String password) {
        return password == null || password.isEmpty() ? reason : reason.replace(password, "***");
    }

    static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis < 1000 ? millis + " ms" : millis / 1000.0 + " s";
    }
}
