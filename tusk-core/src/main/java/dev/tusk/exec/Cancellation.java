package dev.tusk.exec;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.QueryTimeoutException;
import java.sql.SQLException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The cancellation of one async task ({@code Database.async}, {@code withTransactionAsync}): made
 * with its future, bound to the task's virtual thread while it runs, and consulted by the
 * {@link Executor} around what the thread blocks on. {@link #cancel()} acts on what the task does at
 * that moment:
 * <ul>
 * <li>running a statement (or a COPY): the statement is cancelled on the server (SQLSTATE 57014),
 *     again and again until it has ended, since a cancel request that arrives before the server
 *     started the statement is ignored;</li>
 * <li>waiting for a permit or a pool connection: the thread is interrupted, and the interrupt is
 *     cleared when the wait ends, so that it cannot close the socket of a connection used later
 *     (on a virtual thread, an interrupt during socket I/O closes the socket);</li>
 * <li>anything else (mapping rows, the caller's own code): only the flag is set. The task's next
 *     statement, wait or COMMIT is refused with a {@code QueryTimeoutException}; a transaction
 *     rolls back.</li>
 * </ul>
 * Outside an async task {@link #current()} is null, and the executor's cost is that one
 * {@link ThreadLocal} read per statement.
 */
public final class Cancellation {
    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();
    private static final ThreadFactory CANCELLERS = Thread.ofVirtual().name("tusk-async-cancel-", 1).factory();
    private static final long FIRST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LAST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean cancelled;
    // the fields below are guarded by lock
    private Thread worker;
    private boolean waiting;
    private boolean interruptSent;
    private Canceller running;
    private long statementNumber;

    /** Sends the cancel request for the statement running now. */
    @FunctionalInterface
    interface Canceller {
        void cancel() throws SQLException;
    }

    /** The cancellation of the async task the calling thread runs, or null outside one. */
    public static Cancellation current() {
        return CURRENT.get();
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Binds this cancellation to the calling thread; false, binding nothing, when it is cancelled already. */
    public boolean attach() {
        lock.lock();
        try {
            if (cancelled) {
                return false;
            }
            worker = Thread.currentThread();
            CURRENT.set(this);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Unbinds it from the calling thread; a later {@link #cancel()} no longer reaches the thread. */
    public void detach() {
        lock.lock();
        try {
            endWait();
            worker = null;
            CURRENT.remove();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Cancels the task: the statement it runs, its wait, or (flag only) its next statement. Never
     * blocks on I/O: cancel requests go out from a virtual thread of their own. Idempotent.
     */
    public void cancel() {
        if (cancelled) {
            return; // again: never wait for the lock, which a cancel request in flight may hold
        }
        lock.lock();
        try {
            if (cancelled) {
                return;
            }
            cancelled = true;
            if (worker == null) {
                return; // not started (it checks the flag first) or finished
            }
            if (waiting) {
                interruptSent = true;
                worker.interrupt();
            } else if (running != null) {
                long number = statementNumber;
                CANCELLERS.newThread(() -> keepCancelling(number)).start();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Marks the start of an interruptible wait (a permit, a pool connection) on the task's thread;
     * false, marking nothing, when the task is cancelled: then do not wait.
     */
    public boolean beginWait() {
        lock.lock();
        try {
            if (cancelled) {
                return false;
            }
            waiting = true;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Ends the wait; clears the interrupt if {@link #cancel()} sent one, whether or not the wait saw it. */
    public void endWait() {
        lock.lock();
        try {
            waiting = false;
            if (interruptSent) {
                interruptSent = false;
                Thread.interrupted();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Marks a statement running on the task's thread; false, marking nothing, when the task is cancelled. */
    private boolean beginStatement(Canceller canceller) {
        lock.lock();
        try {
            if (cancelled) {
                return false;
            }
            running = canceller;
            statementNumber++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The statement has ended: no cancel request goes out for it after this returns. */
    private void endStatement() {
        lock.lock();
        try {
            running = null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} on {@code target} as the task's running statement, which a cancel cancels
     * with {@code canceller}; refused when the task is cancelled already.
     */
    <T, R> R runStatement(Call call, Canceller canceller, SqlFunction<T, R> action, T target) throws SQLException {
        if (!beginStatement(canceller)) {
            throw refused(call, "not run");
        }
        try {
            return action.apply(target);
        } finally {
            endStatement();
        }
    }

    /** What a statement of a cancelled task throws; {@code outcome} says what became of it ("not run"). */
    static QueryTimeoutException refused(Call call, String outcome) {
        ErrorContext context = new ErrorContext(call.entity(), call.operation(), call.statement().sql(),
                ParameterText.render(call.statement().params(), call), null);
        return new QueryTimeoutException(outcome + ": the async task it belongs to was cancelled", context, null);
    }

    /** A step that may fail with a driver exception. */
    @FunctionalInterface
    interface SqlFunction<T, R> {
        R apply(T target) throws SQLException;
    }

    /** Sends cancel requests, further and further apart, until statement {@code number} has ended. */
    private void keepCancelling(long number) {
        long pause = FIRST_RETRY_NANOS;
        while (cancelRunning(number)) {
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, LAST_RETRY_NANOS);
        }
    }

    /**
     * One cancel request, sent under the lock so that the task cannot end the statement and start
     * the next one (which the request would hit instead) while it is on its way.
     */
    private boolean cancelRunning(long number) {
        lock.lock();
        try {
            if (running == null || statementNumber != number) {
                return false;
            }
            running.cancel();
            return true;
        } catch (SQLException | RuntimeException failed) {
            return false; // the statement or its connection is closed: nothing is left to cancel
        } finally {
            lock.unlock();
        }
    }
}
