package dev.tusk.exec;

import dev.tusk.exception.ConnectionException;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.ConstraintViolationException.Kind;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.DeadlockException;
import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.LockTimeoutException;
import dev.tusk.exception.QueryTimeoutException;
import dev.tusk.exception.SerializationFailureException;
import dev.tusk.exception.TuskException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Objects;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a JDBC {@link SQLException} into the Tusk exception its SQLSTATE stands for:
 *
 * <table>
 * <caption>SQLSTATE to exception</caption>
 * <tr><td>23505, 23503 (and 23001), 23502, 23514, 23P01, other 23xxx</td>
 *     <td>{@link ConstraintViolationException} of kind UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK, EXCLUSION, OTHER</td></tr>
 * <tr><td>40001</td><td>{@link SerializationFailureException}</td></tr>
 * <tr><td>40P01</td><td>{@link DeadlockException}</td></tr>
 * <tr><td>55P03</td><td>{@link LockTimeoutException}</td></tr>
 * <tr><td>57014</td><td>{@link QueryTimeoutException}</td></tr>
 * <tr><td>08xxx, 28xxx, 3D000, 53300, 57P0x, 25P03, 25P04</td><td>{@link ConnectionException}</td></tr>
 * <tr><td>anything else, 22xxx data errors included</td><td>{@link DatabaseException}</td></tr>
 * </table>
 *
 * <p>Data errors (22xxx: a value out of range, bad input syntax) are {@code DatabaseException},
 * not {@code ValidationException}: that one means Tusk caught the input before sending any SQL.
 * 53300 (too many connections) and the session-ending timeouts 25P03/25P04 are
 * {@code ConnectionException} because the connection is refused or gone.
 *
 * <p>The reason is the server's own message, then its detail and hint, as the server log shows
 * them: {@code duplicate key value violates unique constraint "users_email_key": Key (email)=(a@x.io)
 * already exists}. The detail can hold the values of the row (a key, or the whole failing row for
 * not-null and check violations); PostgreSQL logs the same text, so it is kept, and a caller that
 * must not log values should log {@link TuskException#sqlState()} and the constraint instead. Set
 * pgjdbc's {@code logServerErrorDetail=false} to have the server's detail left out altogether.
 *
 * <p>For a batch, pgjdbc throws a {@link java.sql.BatchUpdateException} and chains the server's
 * error with {@link SQLException#getNextException()}; the translation reads that server error and
 * keeps the batch exception as the cause.
 */
public final class SqlStateTranslator {
    private static final int MAX_CHAIN = 32;

    private SqlStateTranslator() {
    }

    /**
     * Classifies {@code error} by its SQLSTATE.
     *
     * @param error   what JDBC threw; kept as the cause
     * @param context where it happened; the SQLSTATE is added to it (null for none)
     * @return the exception to throw, never null
     */
    public static TuskException translate(SQLException error, ErrorContext context) {
        Objects.requireNonNull(error, "error");
        SQLException source = mostSpecific(error);
        String state = source.getSQLState();
        ServerErrorMessage server = source instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String reason = reason(source, server);
        ErrorContext given = context == null ? ErrorContext.EMPTY : context;
        ErrorContext located = state == null ? given : given.withSqlState(state);
        if (state == null) {
            // HikariCP's "Connection is not available, request timed out" carries no SQLSTATE
            return source instanceof java.sql.SQLTransientConnectionException
                    ? new ConnectionException(reason, located, error)
                    : new DatabaseException(reason, located, error);
        }
        return switch (state) {
            case "23505" -> violation(Kind.UNIQUE, reason, server, located, error);
            case "23503", "23001" -> violation(Kind.FOREIGN_KEY, reason, server, located, error);
            case "23502" -> violation(Kind.NOT_NULL, reason, server, located, error);
            case "23514" -> violation(Kind.CHECK, reason, server, located, error);
            case "23P01" -> violation(Kind.EXCLUSION, reason, server, located, error);
            case "40001" -> new SerializationFailureException(reason, located, error);
            case "40P01" -> new DeadlockException(reason, located, error);
            case "55P03" -> new LockTimeoutException(reason, located, error);
            case "57014" -> new QueryTimeoutException(reason, located, error);
            case "3D000", "53300", "25P03", "25P04" -> new ConnectionException(reason, located, error);
            default -> byClass(state, reason, server, located, error);
        };
    }

    /** True when the SQLSTATE means the connection could not be made or is gone. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.startsWith("57P")
                || state.equals("3D000") || state.equals("53300") || state.equals("25P03") || state.equals("25P04"));
    }

    private static TuskException byClass(String state, String reason, ServerErrorMessage server,
                                         ErrorContext located, SQLException error) {
        if (state.startsWith("23")) {
            return violation(Kind.OTHER, reason, server, located, error);
        }
        if (isConnectionState(state)) {
            return new ConnectionException(reason, located, error);
        }
        return new DatabaseException(reason, located, error);
    }

    private static ConstraintViolationException violation(Kind kind, String reason, ServerErrorMessage server,
                                                          ErrorContext located, SQLException error) {
        return server == null
                ? new ConstraintViolationException(reason, kind, null, null, null, located, error)
                : new ConstraintViolationException(reason, kind, server.getConstraint(), server.getTable(),
                        server.getColumn(), located, error);
    }

    /**
     * The exception that says most: the first in the chain (causes and, for batches, next
     * exceptions) that carries the server's error fields, else the first with a SQLSTATE that is
     * not the batch wrapper (pgjdbc's batch message repeats the statement with its values).
     */
    private static SQLException mostSpecific(SQLException error) {
        SQLException withState = null;
        int seen = 0;
        for (Throwable link : error) {
            if (++seen > MAX_CHAIN) {
                break;
            }
            if (link instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql;
            }
            if (link instanceof SQLException sql && sql.getSQLState() != null
                    && (withState == null || withState instanceof BatchUpdateException)) {
                withState = sql;
            }
        }
        return withState != null ? withState : error;
    }

    /** The server's message, detail and hint on one line; the JDBC message when the server sent none. */
    private static String reason(SQLException source, ServerErrorMessage server) {
        if (server == null || server.getMessage() == null) {
            String message = source.getMessage();
            return message == null || message.isBlank() ? source.getClass().getSimpleName() : message;
        }
        StringBuilder reason = new StringBuilder(server.getMessage());
        if (server.getDetail() != null && !server.getDetail().isBlank()) {
            reason.append(": ").append(withoutFinalPeriod(server.getDetail()));
        }
        if (server.getHint() != null && !server.getHint().isBlank()) {
            reason.append(" (hint: ").append(withoutFinalPeriod(server.getHint())).append(')');
        }
        return reason.toString();
    }

    private static String withoutFinalPeriod(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
