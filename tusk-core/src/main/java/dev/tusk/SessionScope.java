package dev.tusk;

import dev.tusk.exec.BoundTransaction;
import dev.tusk.exec.Executor;
import java.sql.Savepoint;

/**
 * The database transaction of a {@link Session}: begun on first use and bound to the thread only
 * while a session call runs ({@link #enter}/{@link #exit}), so a session left open does not pull
 * later unrelated calls on its thread into its transaction. On a thread that already holds a
 * transaction the session joins it through a SAVEPOINT: its commit releases the savepoint and its
 * rollback undoes only the session's work.
 */
final class SessionScope {
    private final Executor executor;
    private BoundTransaction bound;
    private Savepoint savepoint;

    SessionScope(Executor executor) {
        this.executor = executor;
    }

    boolean isActive() {
        return bound != null;
    }

    /**
     * Makes the session's transaction the calling thread's, beginning it (or the savepoint) first
     * when none runs; returns what to hand to {@link #exit}.
     */
    BoundTransaction enter() {
        BoundTransaction before = executor.currentTransaction();
        if (bound == null) {
            if (before != null) {
                savepoint = executor.savepoint(before);
                bound = before;
            } else {
                bound = executor.begin(null);
            }
            return before;
        }
        if (savepoint == null) {
            executor.bindToThread(bound);
        }
        return before;
    }

    /** Gives the thread back what it held before {@link #enter}. */
    void exit(BoundTransaction before) {
        if (savepoint == null && bound != null) {
            executor.bindToThread(before);
        }
    }

    void commit() {
        if (bound == null) {
            return;
        }
        BoundTransaction ending = bound;
        Savepoint joined = savepoint;
        bound = null;
        savepoint = null;
        if (joined != null) {
            executor.releaseSavepoint(ending, joined);
            return;
        }
        try {
            executor.commit(ending);
        } finally {
            executor.end(ending);
        }
    }

    /** Rolls back; a failure to do so is thrown, or attached to {@code cause} when there is one. */
    void rollback(Throwable cause) {
        if (bound == null) {
            return;
        }
        BoundTransaction ending = bound;
        Savepoint joined = savepoint;
        bound = null;
        savepoint = null;
        RuntimeException carrier = new RuntimeException("rollback failed");
        Throwable collector = cause != null ? cause : carrier;
        if (joined != null) {
            executor.rollbackTo(ending, joined, collector);
        } else {
            executor.rollback(ending, collector);
            executor.end(ending);
        }
        if (cause == null && carrier.getSuppressed().length > 0) {
            Throwable failure = carrier.getSuppressed()[0];
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }
}
