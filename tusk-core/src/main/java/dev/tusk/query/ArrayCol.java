package dev.tusk.query;

/**
 * An array column: containment, overlap and element membership; the values are bound as one array.
 */
public record ArrayCol<E, T>(Class<E> entity, String name, Class<T> elementType) implements Col<E, java.util.List<T>> {

    /** {@code array @> values}: the column holds every value. */
    public Condition contains(java.util.Collection<? extends T> values) {
        return new Condition.ArrayTest(node(), ArrayOperator.CONTAINS, JsonSupport.values(values, "contains"));
    }

    /** {@code array <@ values}: every element of the column is among the values. */
    public Condition containedBy(java.util.Collection<? extends T> values) {
        return new Condition.ArrayTest(node(), ArrayOperator.CONTAINED_BY, JsonSupport.values(values, "containedBy"));
    }

    /** {@code array && values}: the column and the values share an element. */
    public Condition overlaps(java.util.Collection<? extends T> values) {
        return new Condition.ArrayTest(node(), ArrayOperator.OVERLAPS, JsonSupport.values(values, "overlaps"));
    }

    /** {@code value = ANY(array)}: the column holds this element. */
    public Condition any(T value) {
        if (value == null) {
            throw new dev.tusk.exception.ValidationException("any(...) needs a value, got null");
        }
        return new Condition.AnyOf(value, node());
    }
}
