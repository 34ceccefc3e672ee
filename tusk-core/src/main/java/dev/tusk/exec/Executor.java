package dev.tusk.exec;

import dev.tusk.exception.CommitOutcomeUnknownException;
import dev.tusk.exception.ConnectionException;
import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.TuskException;
import dev.tusk.type.CodecRegistry;
import dev.tusk.type.TypeCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;

/**
 * Runs statements: validates and binds parameters, borrows a connection from its scope, executes,
 * hands the result to a reader, tells the listeners about each phase, logs, and turns every
 * {@link SQLException} into a classified {@link TuskException}. The connection always goes back
 * to its scope, whatever happens.
 */
public final class Executor {
    private final TransactionalScope scope;
    private final RepeatedReads repeatedReads;
    private final CodecRegistry codecs;
    private final List<StatementListener> listeners;
    private final SqlLog log;

    public Executor(TransactionalScope scope, CodecRegistry codecs, List<StatementListener> listeners,
                    Duration slowThreshold, RepeatedReads repeatedReads) {
        this(scope, codecs, List.copyOf(listeners), new SqlLog(slowThreshold), repeatedReads);
    }

    private Executor(TransactionalScope scope, CodecRegistry codecs, List<StatementListener> listeners, SqlLog log,
                     RepeatedReads repeatedReads) {
        this.repeatedReads = repeatedReads;
        this.scope = scope;
        this.codecs = codecs;
        this.listeners = listeners;
        this.log = log;
    }

    /**
     * Runs {@code work} in one transaction: every statement this executor runs on the calling thread
     * shares its connection; commit when {@code work} returns, rollback when it throws (the exception
     * is rethrown unchanged, a failed rollback attached as suppressed). Used by the bulk paths so that
     * a failure anywhere leaves nothing written. Inside a transaction already it simply joins it.
     */
    public <R> R inTransaction(java.util.function.Function<Executor, R> work) {
        if (scope.current() != null) {
            return work.apply(this);
        }
        BoundTransaction transaction = begin(null);
        try {
            R result = work.apply(this);
            commit(transaction);
            return result;
        } catch (RuntimeException | Error failure) {
            rollback(transaction, failure);
            throw failure;
        } finally {
            end(transaction);
        }
    }

    /**
     * Notes that the calling thread's transaction changed session state (a plain {@code SET}), so
     * {@link #end} resets it before the connection goes back to the pool.
     */
    public void sessionChanged() {
        BoundTransaction transaction = scope.current();
        if (transaction != null) {
            transaction.sessionChanged();
        }
    }

    /**
     * Binds an open transaction to the calling thread (null: none), for work that keeps a transaction
     * across calls (a session); returns what was bound before, to hand back to this method after.
     */
    public BoundTransaction bindToThread(BoundTransaction transaction) {
        return scope.swap(transaction);
    }

    /** The transaction the calling thread holds on this database, or null. */
    public BoundTransaction currentTransaction() {
        return scope.current();
    }

    /**
     * Begins a transaction bound to the calling thread: borrows a connection, turns autocommit off,
     * and runs {@code setup} ({@code SET TRANSACTION ...; SET LOCAL ...}) first when given.
     */
    public BoundTransaction begin(String setup) {
        BoundTransaction transaction;
        Cancellation cancellation = Cancellation.current();
        if (cancellation != null && !cancellation.beginWait()) {
            throw Cancellation.refused(control("BEGIN"), "not run");
        }
        try {
            transaction = scope.begin();
        } catch (SQLException failure) {
            throw translate(failure, control("BEGIN"));
        } finally {
            if (cancellation != null) {
                cancellation.endWait();
            }
        }
        if (setup != null) {
            try (Statement statement = transaction.connection().createStatement()) {
                statement.execute(setup);
            } catch (SQLException failure) {
                RuntimeException error = translate(failure, control(setup));
                rollback(transaction, error);
                end(transaction);
                throw error;
            }
        }
        return transaction;
    }

    /**
     * Commits. A connection lost while COMMIT was in flight raises
     * {@link CommitOutcomeUnknownException}: the server may or may not have committed. In an async
     * task that was cancelled it rolls back instead and throws {@link dev.tusk.exception.QueryTimeoutException}.
     */
    public void commit(BoundTransaction transaction) {
        Cancellation cancellation = Cancellation.current();
        if (cancellation != null && cancellation.isCancelled()) {
            TuskException refused = Cancellation.refused(control("COMMIT"), "not run");
            rollback(transaction, refused);
            throw refused;
        }
        try {
            transaction.connection().commit();
        } catch (SQLException failure) {
            TuskException error = translate(failure, control("COMMIT"));
            if (error instanceof ConnectionException) {
                throw new CommitOutcomeUnknownException("the connection was lost while COMMIT was in flight, so the"
                        + " transaction may or may not have been committed; check the data before running it again ("
                        + error.reason() + ")", error.context(), failure);
            }
            throw error;
        }
    }

    /** Rolls back; a failure to do so is attached to {@code cause} as suppressed. */
    public void rollback(BoundTransaction transaction, Throwable cause) {
        try {
            transaction.connection().rollback();
        } catch (SQLException failure) {
            cause.addSuppressed(translate(failure, control("ROLLBACK")));
        }
    }

    /** Sets a savepoint in the calling thread's transaction. */
    public Savepoint savepoint(BoundTransaction transaction) {
        try {
            return transaction.connection().setSavepoint();
        } catch (SQLException failure) {
            throw translate(failure, control("SAVEPOINT"));
        }
    }

    /** Rolls back to {@code savepoint}; a failure to do so is attached to {@code cause} as suppressed. */
    public void rollbackTo(BoundTransaction transaction, Savepoint savepoint, Throwable cause) {
        try {
            transaction.connection().rollback(savepoint);
        } catch (SQLException failure) {
            cause.addSuppressed(translate(failure, control("ROLLBACK TO SAVEPOINT")));
        }
    }

    /**
     * Runs {@code work} inside a savepoint of the calling thread's transaction (directly when there
     * is none): a failure rolls back only the work, and the transaction stays usable.
     */
    public <R> R inSavepoint(java.util.function.Supplier<R> work) {
        BoundTransaction transaction = scope.current();
        if (transaction == null) {
            return work.get();
        }
        Savepoint savepoint = savepoint(transaction);
        try {
            R result = work.get();
            releaseSavepoint(transaction, savepoint);
            return result;
        } catch (RuntimeException | Error failure) {
            rollbackTo(transaction, savepoint, failure);
            throw failure;
        }
    }

    /** Releases {@code savepoint}, keeping what was done since it. */
    public void releaseSavepoint(BoundTransaction transaction, Savepoint savepoint) {
        try {
            transaction.connection().releaseSavepoint(savepoint);
        } catch (SQLException failure) {
            throw translate(failure, control("RELEASE SAVEPOINT"));
        }
    }

    /**
     * Ends a transaction after its commit or rollback: resets session state a plain {@code SET}
     * changed inside it, unbinds it from the thread and gives the connection back to the pool.
     */
    public void end(BoundTransaction transaction) {
        if (transaction.hasSessionChanges()) {
            resetSession(transaction.connection());
        }
        scope.end(transaction);
    }

    private static void resetSession(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            statement.execute("RESET ALL");
        } catch (SQLException ignored) {
            // a connection that cannot reset is broken; the pool evicts it
        }
    }

    private static Call control(String sql) {
        return Call.of("transaction", null, dev.tusk.render.SqlStatement.of(sql));
    }

    public CodecRegistry codecs() {
        return codecs;
    }

    /** Runs a statement that returns rows and reads them with {@code reader}. */
    public <R> R query(Call call, ResultReader<R> reader) {
        repeatedReads.seen(scope.current(), call);
        return run(call, (statement, event) -> {
            long start = System.nanoTime();
            try (ResultSet rows = statement.executeQuery()) {
                long executed = System.nanoTime();
                R result = reader.read(rows);
                long mapped = System.nanoTime();
                StatementEvent done = event.executedWith(countOf(result), executed - start);
                executed(call, done);
                mappedPhase(done.mappedIn(mapped - executed));
                return result;
            }
        });
    }

    /** Runs a statement that returns a count (INSERT, UPDATE, DELETE, DDL). */
    public long update(Call call) {
        return run(call, (statement, event) -> {
            long start = System.nanoTime();
            long count = statement.executeLargeUpdate();
            executed(call, event.executedWith(count, System.nanoTime() - start));
            return count;
        });
    }

    /**
     * Runs a query and streams its rows through a server-side cursor, {@code fetchSize} at a time.
     * The stream holds a connection until it is closed.
     */
    public <T> java.util.stream.Stream<T> stream(Call call, dev.tusk.mapping.ResultMappers.RowReaderFactory<T> factory,
                                                 int fetchSize) {
        TypeCodec<Object>[] bound = ParameterBinder.prepare(call, codecs);
        StatementEvent event = new StatementEvent(call.operation(), call.entity(), call.statement(), 1, -1, -1, -1);
        for (StatementListener listener : listeners) {
            listener.rendered(event);
        }
        Cancellation cancellation = Cancellation.current();
        Connection connection = null;
        PreparedStatement statement = null;
        boolean restoreAutoCommit = false;
        try {
            connection = acquire(cancellation, call);
            restoreAutoCommit = connection.getAutoCommit();
            if (restoreAutoCommit) {
                connection.setAutoCommit(false);
            }
            statement = connection.prepareStatement(call.statement().sql(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            ParameterBinder.bind(statement, call.statement().params(), bound);
            long start = System.nanoTime();
            Runnable close = CursorStreams.closer(new CursorStreams.ResultSetHolder(statement), connection, scope,
                    restoreAutoCommit);
            java.util.stream.Stream<T> rows = CursorStreams.open(statement, factory, call, cancellation, close);
            executed(call, event.executedWith(-1, System.nanoTime() - start));
            return rows;
        } catch (SQLException | RuntimeException failure) {
            RuntimeException error = failure instanceof SQLException sql ? translate(sql, call) : (RuntimeException) failure;
            if (connection != null) {
                CursorStreams.closer(new CursorStreams.ResultSetHolder(statement), connection, scope, restoreAutoCommit)
                        .run();
            }
            throw failed(call, event, error);
        }
    }

    /**
     * Runs the connection-level {@code work} (COPY, a driver API) on a connection of this scope,
     * with failures classified like statements.
     */
    public <R> R withConnection(Call call, ConnectionWork<R> work) {
        StatementEvent event = new StatementEvent(call.operation(), call.entity(), call.statement(), 1, -1, -1, -1);
        for (StatementListener listener : listeners) {
            listener.rendered(event);
        }
        Cancellation cancellation = Cancellation.current();
        Connection connection = null;
        try {
            connection = acquire(cancellation, call);
            long start = System.nanoTime();
            R result = cancellation == null ? work.run(connection) : cancellation.runStatement(call,
                    connection.unwrap(PGConnection.class)::cancelQuery, work::run, connection);
            executed(call, event.executedWith(result instanceof Number number ? number.longValue() : -1,
                    System.nanoTime() - start));
            return result;
        } catch (SQLException failure) {
            throw failed(call, event, translate(failure, call));
        } catch (RuntimeException failure) {
            throw failed(call, event, failure);
        } finally {
            release(connection);
        }
    }

    /** Work on a raw connection, for driver APIs such as COPY. */
    @FunctionalInterface
    public interface ConnectionWork<R> {
        R run(Connection connection) throws SQLException;
    }

    private <R> R run(Call call, Work<R> work) {
        TypeCodec<Object>[] bound = ParameterBinder.prepare(call, codecs);
        StatementEvent event = new StatementEvent(call.operation(), call.entity(), call.statement(), 1, -1, -1, -1);
        for (StatementListener listener : listeners) {
            listener.rendered(event);
        }
        Cancellation cancellation = Cancellation.current();
        Connection connection = null;
        try {
            connection = acquire(cancellation, call);
            try (PreparedStatement statement = connection.prepareStatement(call.statement().sql())) {
                ParameterBinder.bind(statement, call.statement().params(), bound);
                if (cancellation == null) {
                    return work.run(statement, event);
                }
                return cancellation.runStatement(call, statement::cancel, prepared -> work.run(prepared, event),
                        statement);
            }
        } catch (SQLException failure) {
            throw failed(call, event, translate(failure, call));
        } catch (RuntimeException failure) {
            throw failed(call, event, failure);
        } finally {
            release(connection);
        }
    }

    /**
     * A connection of the scope: in an async task, borrowed as an interruptible wait (a cancel wakes
     * it), and refused when the task is cancelled already.
     */
    private Connection acquire(Cancellation cancellation, Call call) throws SQLException {
        if (cancellation == null) {
            return scope.acquire();
        }
        if (!cancellation.beginWait()) {
            throw Cancellation.refused(call, "not run");
        }
        try {
            return scope.acquire();
        } finally {
            cancellation.endWait();
        }
    }

    /** The classified exception for a driver failure during {@code call}. */
    public static TuskException translate(SQLException failure, Call call) {
        ErrorContext context = new ErrorContext(call.entity(), call.operation(), call.statement().sql(),
                ParameterText.render(call.statement().params(), call), null);
        return SqlStateTranslator.translate(failure, context);
    }

    private void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            scope.release(connection);
        } catch (SQLException ignored) {
            // the pool evicts a connection it cannot close; nothing the caller can do
        }
    }

    private void executed(Call call, StatementEvent event) {
        log.executed(call, event.rowCount(), event.executeNanos());
        for (StatementListener listener : listeners) {
            listener.executed(event);
        }
    }

    private void mappedPhase(StatementEvent event) {
        for (StatementListener listener : listeners) {
            listener.mapped(event);
        }
    }

    private RuntimeException failed(Call call, StatementEvent event, RuntimeException error) {
        log.failed(call, error);
        for (StatementListener listener : listeners) {
            listener.failed(event, error);
        }
        return error;
    }

    private static long countOf(Object result) {
        if (result instanceof Collection<?> collection) {
            return collection.size();
        }
        if (result instanceof Optional<?> optional) {
            return optional.isPresent() ? 1 : 0;
        }
        return result == null ? 0 : 1;
    }

    @FunctionalInterface
    private interface Work<R> {
        R run(PreparedStatement statement, StatementEvent event) throws SQLException;
    }
}
