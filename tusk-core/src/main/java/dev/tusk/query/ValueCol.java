package dev.tusk.query;

/**
 * A column of any other type (bytea, inet, interval, hstore, point...): equality, membership, null tests.
 */
public record ValueCol<E, V>(Class<E> entity, String name, Class<V> type) implements Col<E, V> {
}
