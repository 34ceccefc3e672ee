package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import java.util.Collection;

/**
 * A typed handle on an expression node: a column ({@code User_.age}), a function result, an
 * aggregate. The type parameter is the Java type of its value, so {@code User_.age.eq("x")} does not
 * compile. Values passed to these methods are always bound as parameters.
 *
 * @param <V> the Java type of the value
 */
public interface Expression<V> {

    /** The AST node this handle stands for. */
    Expr node();

    default Condition eq(V value) {
        return compare(ComparisonOperator.EQ, value);
    }

    default Condition eq(Expression<? extends V> other) {
        return new Condition.Compare(node(), ComparisonOperator.EQ, other.node());
    }

    default Condition ne(V value) {
        return compare(ComparisonOperator.NE, value);
    }

    default Condition ne(Expression<? extends V> other) {
        return new Condition.Compare(node(), ComparisonOperator.NE, other.node());
    }

    /** {@code = ANY(?)}: the collection is bound as one array parameter, however long it is. */
    default Condition in(Collection<? extends V> values) {
        return new Condition.In(node(), requireValues(values, "in"), false);
    }

    /**
     * {@code IN (SELECT column FROM ...)}: {@code User_.id.in(db.from(Post.class).where(...), Post_.authorId)}.
     * The subquery may refer to this query's columns through {@code outer(...)}.
     */
    default Condition in(Query<?> subquery, Expression<? extends V> column) {
        return new Condition.InQuery(node(), subquery.toAst(column), false);
    }

    /** {@code NOT (x = ANY(?))}: one array parameter. */
    default Condition notIn(Collection<? extends V> values) {
        return new Condition.In(node(), requireValues(values, "notIn"), true);
    }

    /** {@code NOT IN (SELECT column FROM ...)}; mind SQL's rule that a NULL in the subquery makes it never true. */
    default Condition notIn(Query<?> subquery, Expression<? extends V> column) {
        return new Condition.InQuery(node(), subquery.toAst(column), true);
    }

    default Condition isNull() {
        return new Condition.IsNull(node(), false);
    }

    default Condition isNotNull() {
        return new Condition.IsNull(node(), true);
    }

    default Order asc() {
        return new Order(node(), false, null);
    }

    default Order desc() {
        return new Order(node(), true, null);
    }

    /** This expression in a select list under {@code alias} (a validated identifier). */
    default Selection as(String alias) {
        return new Selection(node(), dev.tusk.model.Identifier.requireSafe(alias, "alias"));
    }

    /** A bound value compared with this expression; a column lends its codec to the value. */
    default Condition compare(ComparisonOperator operator, V value) {
        if (value == null) {
            throw new ValidationException("cannot compare with null using " + operator
                    + ": use isNull() or isNotNull()");
        }
        return new Condition.Compare(node(), operator, Expressions.valueFor(node(), value));
    }

    private static <T> Collection<T> requireValues(Collection<T> values, String operation) {
        if (values == null) {
            throw new ValidationException(operation + "(...) needs a collection, got null");
        }
        for (T value : values) {
            // a NULL element never matches, and makes NOT (x = ANY(...)) unknown for every row
            if (value == null) {
                throw new ValidationException(operation + "(...) values must not contain null: use isNull() or isNotNull()");
            }
        }
        return values;
    }
}
