package dev.tusk.exec;

import dev.tusk.mapping.ResultMappers;
import dev.tusk.mapping.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams rows through a server-side cursor: pgjdbc fetches {@code fetchSize} rows at a time when
 * autocommit is off, so memory stays flat however many rows there are. The stream owns its
 * connection until closed; closing ends the cursor, rolls back the read-only transaction it opened
 * and gives the connection back.
 */
final class CursorStreams {
    private CursorStreams() {
    }

    /**
     * Runs the query and wraps its rows. In an async task ({@code cancellation} not null) a cancel
     * cancels the query while it runs, and the stream checks it before each row after that.
     */
    static <T> Stream<T> open(PreparedStatement statement, ResultMappers.RowReaderFactory<T> factory, Call call,
                              Cancellation cancellation, Runnable onClose) throws SQLException {
        ResultSet rows = cancellation == null ? statement.executeQuery()
                : cancellation.runStatement(call, statement::cancel, PreparedStatement::executeQuery, statement);
        RowMapper<T> mapper = factory.plan(rows);
        Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (cancellation != null && cancellation.isCancelled()) {
                    throw Cancellation.refused(call, "stream stopped");
                }
                try {
                    if (!rows.next()) {
                        return false;
                    }
                    action.accept(mapper.map(rows));
                    return true;
                } catch (SQLException failure) {
                    throw Executor.translate(failure, call);
                }
            }
        };
        return StreamSupport.stream(spliterator, false).onClose(onClose);
    }

    /** Closes what the stream held, in order, whatever fails. */
    static Runnable closer(ResultSetHolder holder, Connection connection, ConnectionScope scope, boolean restoreAutoCommit) {
        return () -> {
            try {
                holder.close();
            } finally {
                try {
                    if (restoreAutoCommit) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                } catch (SQLException ignored) {
                    // the pool resets or evicts the connection
                } finally {
                    try {
                        scope.release(connection);
                    } catch (SQLException ignored) {
                        // nothing left to do
                    }
                }
            }
        };
    }

    /** The statement a stream reads from. */
    record ResultSetHolder(PreparedStatement statement) {
        void close() {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing the connection's transaction below releases the cursor anyway
            }
        }
    }
}
