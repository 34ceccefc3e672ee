package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Combining conditions and subquery tests; meant for static import.
 *
 * <pre>{@code
 * db.from(User.class).where(or(User_.email.endsWith("@x.io"), not(User_.active.isTrue())));
 * db.from(User.class).where(exists(db.from(Post.class).where(Post_.authorId.eq(outer(User_.id)))));
 * }</pre>
 */
public final class Conditions {
    private Conditions() {
    }

    /** All of them; nests to any depth. */
    public static Condition and(Condition... conditions) {
        return new Condition.And(list(conditions, "and"));
    }

    /** Any of them; nests to any depth. */
    public static Condition or(Condition... conditions) {
        return new Condition.Or(list(conditions, "or"));
    }

    public static Condition not(Condition condition) {
        if (condition == null) {
            throw new ValidationException("not(...) needs a condition, got null");
        }
        return new Condition.Not(condition);
    }

    /** {@code EXISTS (subquery)}. */
    public static Condition exists(Query<?> subquery) {
        return new Condition.Exists(subquery.toAst(), false);
    }

    /** {@code NOT EXISTS (subquery)}. */
    public static Condition notExists(Query<?> subquery) {
        return new Condition.Exists(subquery.toAst(), true);
    }

    /**
     * A column of the enclosing query, inside a subquery: {@code Post_.authorId.eq(outer(User_.id))}.
     * Typed like the column, so it compares only with columns of the same type.
     */
    public static <E, V> Expression<V> outer(Col<E, V> column) {
        Expr.Column node = (Expr.Column) column.node();
        return new ComputedExpressions.OrderedNode<>(new Expr.Outer(node));
    }

    private static List<Condition> list(Condition[] conditions, String operation) {
        if (conditions == null || conditions.length == 0) {
            throw new ValidationException(operation + "(...) needs at least one condition");
        }
        for (Condition condition : conditions) {
            if (condition == null) {
                throw new ValidationException(operation + "(...) conditions must not be null");
            }
        }
        return List.of(conditions);
    }

    /**
     * Query by example: an equality per non-null field of {@code probe}; a primitive field counts only
     * when it differs from zero or false (a primitive cannot say "unset").
     */
    static <T> List<Condition> example(Class<T> entity, T probe) {
        if (probe == null) {
            throw new ValidationException("whereExample(...) needs a probe entity, got null");
        }
        EntityModel<T> model = EntityModel.of(entity);
        List<Condition> equalities = new ArrayList<>();
        for (PropertyModel property : model.properties()) {
            Object value = model.get(probe, property);
            if (value != null && !value.equals(property.emptyValue())) {
                Expr.Column column = new Expr.Column(entity, property.name(), null);
                equalities.add(new Condition.Compare(column, ComparisonOperator.EQ, new Expr.Value(value, column)));
            }
        }
        return equalities;
    }
}
