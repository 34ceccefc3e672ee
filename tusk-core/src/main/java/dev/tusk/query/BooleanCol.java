package dev.tusk.query;

/**
 * A boolean column: {@code isTrue()}, {@code isFalse()}, equality.
 */
public record BooleanCol<E>(Class<E> entity, String name) implements Col<E, Boolean>, BooleanExpression {
}
