package dev.tusk.query;

/**
 * An enum column (a PostgreSQL enum or text): equality and membership, bound by label.
 */
public record EnumCol<E, V extends Enum<V>>(Class<E> entity, String name, Class<V> type) implements Col<E, V> {
}
