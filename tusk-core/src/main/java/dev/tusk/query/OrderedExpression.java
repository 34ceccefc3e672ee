package dev.tusk.query;

/**
 * An expression whose values are ordered: numbers, text, dates and times. Adds the range
 * comparisons that make no sense for booleans, JSON or arrays.
 */
public interface OrderedExpression<V> extends Expression<V> {

    default Condition gt(V value) {
        return compare(ComparisonOperator.GT, value);
    }

    default Condition gte(V value) {
        return compare(ComparisonOperator.GTE, value);
    }

    default Condition lt(V value) {
        return compare(ComparisonOperator.LT, value);
    }

    default Condition lte(V value) {
        return compare(ComparisonOperator.LTE, value);
    }

    default Condition gt(Expression<? extends V> other) {
        return new Condition.Compare(node(), ComparisonOperator.GT, other.node());
    }

    default Condition gte(Expression<? extends V> other) {
        return new Condition.Compare(node(), ComparisonOperator.GTE, other.node());
    }

    default Condition lt(Expression<? extends V> other) {
        return new Condition.Compare(node(), ComparisonOperator.LT, other.node());
    }

    default Condition lte(Expression<? extends V> other) {
        return new Condition.Compare(node(), ComparisonOperator.LTE, other.node());
    }

    /** {@code BETWEEN low AND high}, both ends included. */
    default Condition between(V low, V high) {
        if (low == null || high == null) {
            throw new dev.tusk.exception.ValidationException("between(...) needs two non-null bounds");
        }
        return new Condition.Between(node(), Expressions.valueFor(node(), low), Expressions.valueFor(node(), high));
    }
}
