package dev.tusk;

import dev.tusk.exec.BoundTransaction;

/**
 * A running transaction, handed to the callback of {@link Operations#withTransaction}: the same
 * operations as a {@link Database}, all on the transaction's connection. Nested
 * {@code withTransaction}/{@code useTransaction} calls run as SAVEPOINTs.
 *
 * <p>A transaction belongs to the thread that runs its callback and ends with it: using it from
 * another thread, or after the callback returned, throws {@link IllegalStateException}. On that
 * thread, operations called on the {@code Database} itself join the transaction too.
 *
 * <pre>{@code
 * db.useTransaction(tx -> {
 *     Account from = tx.from(Account.class).where(Account_.id.eq(1L)).forUpdate().one();
 *     tx.update(from.withBalance(from.balance().subtract(amount)));
 *     tx.useTransaction(inner -> inner.insert(new Transfer(null, 1L, 2L, amount))); // a savepoint
 * });
 * }</pre>
 */
public final class Transaction extends Operations {
    private final BoundTransaction bound;
    private final int depth;
    private volatile boolean active = true;

    Transaction(Engine engine, BoundTransaction bound, int depth) {
        super(engine);
        this.bound = bound;
        this.depth = depth;
    }

    /** Whether the callback that received this transaction is still running. */
    public boolean isActive() {
        return active && bound.isOpen();
    }

    /** 0 for the outermost transaction, 1 for a savepoint inside it, and so on. */
    public int depth() {
        return depth;
    }

    @Override
    void checkUsable() {
        if (!active || !bound.usableFrom(Thread.currentThread())) {
            throw new IllegalStateException(active && bound.isOpen()
                    ? "this transaction belongs to another thread; run the work inside its callback, on its thread"
                    : "this transaction has ended: its callback returned or threw; use it only inside the callback");
        }
    }

    void end() {
        active = false;
    }
}
