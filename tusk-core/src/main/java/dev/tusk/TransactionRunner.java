package dev.tusk;

import dev.tusk.exception.DeadlockException;
import dev.tusk.exception.SerializationFailureException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.BoundTransaction;
import dev.tusk.exec.Executor;
import java.sql.Savepoint;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs transaction callbacks: BEGIN with the options' setup, the callback, COMMIT, or ROLLBACK on
 * any throwable (rethrown unchanged); inside a transaction already, a SAVEPOINT instead; and the
 * retry loop that re-runs the whole callback after a serialization failure or deadlock, with
 * jittered exponential backoff.
 */
final class TransactionRunner {
    private final Executor executor;

    TransactionRunner(Executor executor) {
        this.executor = executor;
    }

    <R, X extends Throwable> R run(Engine engine, TxOptions options, TxFunction<R, X> work) throws X {
        BoundTransaction current = executor.currentTransaction();
        if (current != null) {
            return nested(engine, current, options, work);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return once(engine, options, work);
            } catch (Throwable failure) {
                if (attempt >= options.retries() || !retryable(failure) || !pause(options, attempt)) {
                    throw failure;
                }
            }
        }
    }

    private <R, X extends Throwable> R once(Engine engine, TxOptions options, TxFunction<R, X> work) throws X {
        BoundTransaction bound = executor.begin(options.setupSql());
        Transaction tx = new Transaction(engine, bound, 0);
        try {
            R result;
            try {
                result = work.apply(tx);
            } catch (Throwable failure) {
                executor.rollback(bound, failure);
                throw failure;
            } finally {
                tx.end();
            }
            executor.commit(bound);
            return result;
        } finally {
            executor.end(bound);
        }
    }

    private <R, X extends Throwable> R nested(Engine engine, BoundTransaction bound, TxOptions options,
                                              TxFunction<R, X> work) throws X {
        if (!options.setsNothing()) {
            throw new ValidationException("a nested transaction runs as a SAVEPOINT of the outer one, so it takes no"
                    + " isolation, read-only, timeout or retry options; set them on the outermost withTransaction");
        }
        Savepoint savepoint = executor.savepoint(bound);
        Transaction tx = new Transaction(engine, bound, bound.enterSavepoint());
        try {
            R result = work.apply(tx);
            executor.releaseSavepoint(bound, savepoint);
            return result;
        } catch (Throwable failure) {
            executor.rollbackTo(bound, savepoint, failure);
            throw failure;
        } finally {
            tx.end();
            bound.leaveSavepoint();
        }
    }

    /** 40001 and 40P01 only, found anywhere in the cause chain (the callback may have wrapped it). */
    private static boolean retryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationFailureException || cause instanceof DeadlockException) {
                return true;
            }
        }
        return false;
    }

    /** Sleeps before the next attempt; false when interrupted (the interrupt is kept and no retry follows). */
    private static boolean pause(TxOptions options, int attempt) {
        long first = options.backoff().toNanos();
        long ceiling = Math.min(options.maxBackoff().toNanos(), first << Math.min(attempt, 20));
        try {
            TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
