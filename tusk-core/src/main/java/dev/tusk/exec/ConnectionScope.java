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

    /** Borrows a pool connection per call and closes it after: autocommit, one statement at a time. */
    static ConnectionScope pooled(javax.sql.DataSource dataSource) {
        return new ConnectionScope() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }
        };
    }
}
