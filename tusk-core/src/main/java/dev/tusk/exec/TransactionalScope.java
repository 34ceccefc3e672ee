package dev.tusk.exec;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The connections of one database: a pool connection per statement, or, on a thread that holds a
 * transaction of this database, that transaction's connection. Binding the transaction to its
 * thread is what lets every operation called inside a transaction callback (on the transaction or
 * on the database) join it, and keeps a pool of one from deadlocking against itself.
 */
public final class TransactionalScope implements ConnectionScope {
    private final DataSource dataSource;
    private final ThreadLocal<BoundTransaction> bound = new ThreadLocal<>();

    public TransactionalScope(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() throws SQLException {
        BoundTransaction transaction = bound.get();
        return transaction != null ? transaction.connection() : dataSource.getConnection();
    }

    @Override
    public void release(Connection connection) throws SQLException {
        BoundTransaction transaction = bound.get();
        if (transaction == null || transaction.connection() != connection) {
            connection.close();
        }
    }

    /** The transaction this thread holds on this database, or null. */
    public BoundTransaction current() {
        return bound.get();
    }

    /** Binds {@code transaction} (or nothing, for null) to the calling thread; returns what was bound before. */
    BoundTransaction swap(BoundTransaction transaction) {
        BoundTransaction before = bound.get();
        if (transaction == null) {
            bound.remove();
        } else {
            bound.set(transaction);
        }
        return before;
    }

    /** Borrows a connection, turns autocommit off and binds it to the calling thread. */
    BoundTransaction begin() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException | RuntimeException failure) {
            connection.close();
            throw failure;
        }
        BoundTransaction transaction = new BoundTransaction(connection, Thread.currentThread());
        bound.set(transaction);
        return transaction;
    }

    /** Unbinds the transaction from this thread and gives its connection back to the pool, autocommit on. */
    void end(BoundTransaction transaction) {
        transaction.close();
        if (bound.get() == transaction) {
            bound.remove();
        }
        Connection connection = transaction.connection();
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection: the pool checks it on return and evicts it
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the pool evicts a connection it cannot take back; nothing the caller can do
        }
    }
}
