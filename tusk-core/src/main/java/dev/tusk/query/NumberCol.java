package dev.tusk.query;

/**
 * A numeric column: ordering, ranges, arithmetic, aggregates.
 */
public record NumberCol<E, N extends Number>(Class<E> entity, String name, Class<N> type) implements Col<E, N>, NumberExpression<N> {
}
