package dev.tusk;

import dev.tusk.exec.Cancellation;
import java.util.concurrent.CompletableFuture;

/**
 * The future of one async task. Completing it from outside, by {@link #cancel} or by
 * {@link #complete}/{@link #completeExceptionally} (which {@code orTimeout} and
 * {@code completeOnTimeout} call), stops the task: see {@link Cancellation}. The task itself
 * completes it through {@link #succeed} and {@link #fail}.
 */
final class AsyncFuture<T> extends CompletableFuture<T> {
    private final Cancellation cancellation;

    AsyncFuture(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    /** Cancels the future and stops its task; {@code mayInterruptIfRunning} is ignored, as CompletableFuture ignores it. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            cancellation.cancel();
        }
        return cancelled;
    }

    @Override
    public boolean complete(T value) {
        return stopping(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        return stopping(super.completeExceptionally(failure));
    }

    void succeed(T value) {
        super.complete(value);
    }

    void fail(Throwable failure) {
        super.completeExceptionally(failure);
    }

    private boolean stopping(boolean completedNow) {
        if (completedNow) {
            cancellation.cancel();
        }
        return completedNow;
    }
}
