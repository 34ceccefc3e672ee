package dev.tusk.exec;

import java.sql.Connection;

/**
 * One open database transaction: its connection, the thread it is bound to, and whether a
 * statement inside it changed session state (a plain {@code SET}), which must be reset before the
 * connection goes back to the pool.
 */
public final class BoundTransaction {
    private final Connection connection;
    private final Thread owner;
    private volatile boolean open = true;
    private boolean sessionChanged;
    private int savepoints;
    /** Per read statement text, how often this transaction sent it (N+1 detection); made on first read. */
    private java.util.Map<String, Integer> reads;

    BoundTransaction(Connection connection, Thread owner) {
        this.connection = connection;
        this.owner = owner;
    }

    public Connection connection() {
        return connection;
    }

    /** Whether the transaction is still running and {@code thread} is the one it is bound to. */
    public boolean usableFrom(Thread thread) {
        return open && thread == owner;
    }

    public boolean isOpen() {
        return open;
    }

    /** Counts a savepoint entered; returns the new depth (1 for the first savepoint). */
    public int enterSavepoint() {
        return ++savepoints;
    }

    public void leaveSavepoint() {
        savepoints--;
    }

    /** Counts one more read of {@code sql}; returns how many there were, this one included. */
    int countRead(String sql) {
        if (reads == null) {
            reads = new java.util.HashMap<>();
        }
        return reads.merge(sql, 1, Integer::sum);
    }

    void close() {
        open = false;
    }

    void sessionChanged() {
        sessionChanged = true;
    }

    boolean hasSessionChanges() {
        return sessionChanged;
    }
}
