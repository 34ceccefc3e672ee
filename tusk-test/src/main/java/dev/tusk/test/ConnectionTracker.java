package dev.tusk.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Remembers the connections handed out during a test, so the leak check can tell which ones the
 * test forgot to close, and close them. Closed connections are pruned as new ones are handed out,
 * so a test that opens thousands keeps only the open ones.
 */
final class ConnectionTracker {

    private static final int PRUNE_EVERY = 64;

    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Connection> handedOut = Collections.newSetFromMap(new IdentityHashMap<>());
    private int sincePrune;

    /** Records {@code connection} and returns it. */
    Connection track(Connection connection) {
        lock.lock();
        try {
            if (++sincePrune >= PRUNE_EVERY) {
                sincePrune = 0;
                handedOut.removeIf(ConnectionTracker::isClosed);
            }
            handedOut.add(connection);
        } finally {
            lock.unlock();
        }
        return connection;
    }

    /** Closes the connections still open, forgets all, and returns how many were open. */
    int closeOpen() {
        List<Connection> tracked;
        lock.lock();
        try {
            tracked = new ArrayList<>(handedOut);
            handedOut.clear();
            sincePrune = 0;
        } finally {
            lock.unlock();
        }
        int open = 0;
        for (Connection connection : tracked) {
            if (!isClosed(connection)) {
                open++;
                closeQuietly(connection);
            }
        }
        return open;
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException broken) {
            return true;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            // an open transaction would otherwise be committed or kept by some pools: undo it
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // closing is what matters
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken: nothing left to release
        }
    }
}
