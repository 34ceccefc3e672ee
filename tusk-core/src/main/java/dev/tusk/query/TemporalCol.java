package dev.tusk.query;

/**
 * A date or time column: ordering, ranges, {@code extract} and {@code dateTrunc} (see {@link Functions}).
 */
public record TemporalCol<E, T extends Comparable<? super T>>(Class<E> entity, String name, Class<T> type) implements Col<E, T>, OrderedExpression<T> {
}
