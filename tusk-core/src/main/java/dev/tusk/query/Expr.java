package dev.tusk.query;

import java.util.List;

/**
 * The value-expression nodes of the query AST: plain data, rendered to SQL in one place
 * ({@code dev.tusk.render.QueryRenderer}) by an exhaustive switch, so a new node kind does not
 * compile until it is rendered. Users build these through the typed DSL ({@link Col},
 * {@link Functions}, {@link Aggregates}, {@link Windows}), not directly.
 */
public sealed interface Expr {

    /** A column of an entity, by field or column name; {@code source} names the table alias, null for the main one. */
    record Column(Class<?> entity, String name, String source) implements Expr {}

    /** A column of the enclosing query, for correlated subqueries ({@code outer(User_.id)}). */
    record Outer(Column column) implements Expr {}

    /** A value, always bound as a parameter. {@code like} is a column whose codec binds it, or null. */
    record Value(Object value, Column like) implements Expr {}

    /** A function from the fixed catalogue; no name ever comes from a caller. */
    record Call(Function function, List<Expr> arguments) implements Expr {}

    /** {@code left op right} on numbers. */
    record Arithmetic(Expr left, ArithmeticOperator operator, Expr right) implements Expr {}

    /** {@code CASE WHEN ... THEN ... ELSE ... END}. */
    record Case(List<When> branches, Expr otherwise) implements Expr {}

    /** One {@code WHEN condition THEN value}. */
    record When(Condition condition, Expr value) {}

    /**
     * {@code CAST(expr AS type)}. The type must look like a type name: words of at most 63
     * characters ({@code double precision}), an optional {@code (p[, s])} and {@code []}; anything
     * else is refused here, so no cast can carry other SQL.
     */
    record Cast(Expr expression, String sqlType) implements Expr {
        private static final java.util.regex.Pattern TYPE_NAME = java.util.regex.Pattern.compile(
                "^[a-z][a-z0-9_]{0,62}( [a-z][a-z0-9_]{0,62})*(\\(\\d+(,\\s*\\d+)?\\))?(\\[])?$");

        public Cast {
            if (sqlType == null || !TYPE_NAME.matcher(sqlType).matches()) {
                throw new dev.tusk.exception.ValidationException("cast type '" + sqlType
                        + "' is not a type name such as text, numeric(10,2) or integer[]");
            }
        }
    }

    /** {@code EXTRACT(part FROM source)} or {@code date_trunc('unit', source)}. */
    record DatePart(DateUnit unit, Expr source, boolean truncate) implements Expr {}

    /** An aggregate: {@code sum(x)}, {@code count(DISTINCT x)}, {@code string_agg(x, sep)}; {@code argument} null means {@code *}. */
    record Aggregate(AggregateFunction function, Expr argument, boolean distinct, Expr separator) implements Expr {}

    /** A window call: a ranking function or an aggregate {@code OVER (...)}. */
    record Window(Expr function, List<Expr> partitionBy, List<Order> orderBy, Frame frame) implements Expr {}

    /** A ranking or offset function for windows: {@code row_number()}, {@code lag(x, 1, d)}... */
    record WindowCall(WindowFunction function, List<Expr> arguments) implements Expr {}

    /** A subquery returning one value. */
    record Scalar(SelectQuery query) implements Expr {}

    /** {@code json -> 'a' -> 'b'} or, as text, {@code #>> ARRAY['a','b']}; keys are bound. */
    record JsonPath(Expr json, List<String> keys, boolean asText) implements Expr {}

    /** pgvector distance between a column and a bound vector. */
    record Distance(Expr vector, float[] target, VectorMetric metric) implements Expr {}

    /** A condition used as a boolean value ({@code annotate(User_.age.gte(18).as("adult"))}). */
    record Predicate(Condition condition) implements Expr {}

    /** A column of a CTE or a select alias, by a validated name. */
    record Named(String name, String source) implements Expr {}
}
