package dev.tusk.query;

/** A boolean expression: {@code isTrue()}, {@code isFalse()} (NULL is neither). */
public interface BooleanExpression extends Expression<Boolean> {

    default Condition isTrue() {
        return new Condition.Truth(node(), true);
    }

    default Condition isFalse() {
        return new Condition.Truth(node(), false);
    }
}
