package dev.tusk.query;

import java.util.Collection;
import java.util.List;

/**
 * The boolean nodes of the query AST. Compose them with {@link Conditions#and}, {@link Conditions#or}
 * and {@link Conditions#not}; every value inside is bound, never spliced.
 */
public sealed interface Condition {

    /** {@code left op right}. */
    record Compare(Expr left, ComparisonOperator operator, Expr right) implements Condition {}

    /** {@code left = ANY(?)} or {@code NOT (left = ANY(?))}: the whole collection is one array parameter. */
    record In(Expr left, Collection<?> values, boolean negated) implements Condition {}

    /** {@code expr BETWEEN low AND high}. */
    record Between(Expr expression, Expr low, Expr high) implements Condition {}

    /** {@code expr IS [NOT] NULL}. */
    record IsNull(Expr expression, boolean negated) implements Condition {}

    /** {@code expr [I]LIKE pattern ESCAPE '\'}; {@code pattern} is the full pattern, already escaped. */
    record Like(Expr expression, String pattern, boolean ignoreCase) implements Condition {}

    record And(List<Condition> conditions) implements Condition {}

    record Or(List<Condition> conditions) implements Condition {}

    record Not(Condition condition) implements Condition {}

    /** {@code [NOT] EXISTS (subquery)}. */
    record Exists(SelectQuery query, boolean negated) implements Condition {}

    /** {@code left [NOT] IN (subquery)}. */
    record InQuery(Expr left, SelectQuery query, boolean negated) implements Condition {}

    /** jsonb {@code ?}, {@code ?|}, {@code ?&} with bound keys. */
    record JsonKeys(Expr json, JsonKeyTest test, List<String> keys) implements Condition {}

    /** jsonb {@code @>} (contains) or {@code <@} (contained by) a bound document. */
    record JsonContains(Expr json, Object document, boolean containedBy) implements Condition {}

    /** array {@code @>}, {@code <@} or {@code &&} against a bound array. */
    record ArrayTest(Expr array, ArrayOperator operator, Collection<?> values) implements Condition {}

    /** {@code ? = ANY(array)}: the array column holds the value. */
    record AnyOf(Object value, Expr array) implements Condition {}

    /** Full text: {@code to_tsvector(config, doc) @@ websearch_to_tsquery(config, ?)} (or to_tsquery). */
    record TextSearch(Expr document, String query, TextQuery mode, String config) implements Condition {}

    /** A boolean expression used as a condition ({@code User_.active.isTrue()}). */
    record Truth(Expr expression, boolean expected) implements Condition {}
}
