package dev.tusk;

/**
 * Work run inside a transaction that returns a value; it may throw {@code X}, which the transaction
 * rethrows unchanged after rolling back.
 *
 * @param <R> the result
 * @param <X> what the work may throw (inferred as {@code RuntimeException} when it throws nothing checked)
 */
@FunctionalInterface
public interface TxFunction<R, X extends Throwable> {
    R apply(Transaction tx) throws X;
}
