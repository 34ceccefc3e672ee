package dev.tusk;

import dev.tusk.exec.Cancellation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;

/**
 * Runs async tasks for one database: each on a new virtual thread named {@code tusk-async-N}, at
 * most {@code concurrency} at once. A task beyond the limit waits for a permit on its own virtual
 * thread (fair, first come first served) instead of piling onto the pool's connection timeout.
 * The permit is given back before the future completes, so that stages chained on the future,
 * which run on the task's thread, do not hold it.
 */
final class AsyncRunner {
    /** The limit around a {@link javax.sql.DataSource} whose size Tusk cannot read. */
    static final int DEFAULT_CONCURRENCY = 10;
    private static final ThreadFactory THREADS = Thread.ofVirtual().name("tusk-async-", 1).factory();

    private final Semaphore permits;
    private final int concurrency;

    AsyncRunner(int concurrency) {
        this.concurrency = concurrency;
        this.permits = new Semaphore(concurrency, true);
    }

    int concurrency() {
        return concurrency;
    }

    /** Starts {@code task} on a new virtual thread; its outcome completes the returned future. */
    <R> CompletableFuture<R> submit(Task<R> task) {
        Cancellation cancellation = new Cancellation();
        AsyncFuture<R> future = new AsyncFuture<>(cancellation);
        THREADS.newThread(() -> run(task, future, cancellation)).start();
        return future;
    }

    private <R> void run(Task<R> task, AsyncFuture<R> future, Cancellation cancellation) {
        if (!cancellation.attach()) {
            return; // cancelled before it started: it never runs, and the future is done already
        }
        R result = null;
        Throwable failure = null;
        try {
            if (!cancellation.beginWait()) {
                return;
            }
            try {
                permits.acquire();
            } finally {
                cancellation.endWait();
            }
            try {
                if (!cancellation.isCancelled()) {
                    result = task.call();
                }
            } finally {
                permits.release();
            }
        } catch (Throwable thrown) {
            failure = thrown;
        } finally {
            cancellation.detach();
        }
        if (failure != null) {
            future.fail(failure);
        } else {
            future.succeed(result);
        }
    }

    /** The work of one task, with the database or transaction call it makes. */
    @FunctionalInterface
    interface Task<R> {
        R call() throws Throwable;
    }
}
