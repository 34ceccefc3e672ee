package dev.tusk;

/**
 * Work that {@link Database#async} runs on a virtual thread of its own: it receives the database's
 * operations and returns a value, which completes the future. What it throws, checked or not,
 * completes the future exceptionally, unchanged.
 *
 * <pre>{@code
 * CompletableFuture<List<User>> adults = db.async(ops -> ops.from(User.class).where(User_.age.gte(18)).list());
 * }</pre>
 *
 * @param <R> the result
 */
@FunctionalInterface
public interface AsyncWork<R> {
    R apply(Operations ops) throws Exception;
}
