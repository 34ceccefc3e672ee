package dev.tusk.exec;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a statement gets its connection: borrowed from the pool for one statement, or the
 * connection a transaction holds. {@link #release} gives it back (a pool connection is closed, a
 * transaction's is kept).
 */
public interface ConnectionScope {

    Connection acquire() throws SQLException;

    void release(Connection connection) throws SQLException;
}
