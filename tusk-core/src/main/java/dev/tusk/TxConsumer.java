package dev.tusk;

/**
 * Work run inside a transaction that returns nothing; it may throw {@code X}, which the transaction
 * rethrows unchanged after rolling back.
 *
 * @param <X> what the work may throw (inferred as {@code RuntimeException} when it throws nothing checked)
 */
@FunctionalInterface
public interface TxConsumer<X extends Throwable> {
    void accept(Transaction tx) throws X;
}
