package dev.tusk.query;

/**
 * A uuid column: equality and membership.
 */
public record UuidCol<E>(Class<E> entity, String name) implements Col<E, java.util.UUID> {
}
