package dev.tusk.query;

/**
 * A jsonb column: key tests, containment and path extraction. Keys and documents are bound, never spliced.
 */
public record JsonCol<E, V>(Class<E> entity, String name, Class<V> type) implements Col<E, V> {

    /** {@code json ? key}: the top-level key exists. */
    public Condition hasKey(String key) {
        return new Condition.JsonKeys(node(), JsonKeyTest.HAS_KEY, JsonSupport.keys(key));
    }

    /** {@code json ?| keys}: any of the keys exists. */
    public Condition hasAnyKey(String... keys) {
        return new Condition.JsonKeys(node(), JsonKeyTest.HAS_ANY_KEY, JsonSupport.keys(keys));
    }

    /** {@code json ?& keys}: every key exists. */
    public Condition hasAllKeys(String... keys) {
        return new Condition.JsonKeys(node(), JsonKeyTest.HAS_ALL_KEYS, JsonSupport.keys(keys));
    }

    /** {@code json @> document}: the column contains the document (a Map, List, record or JsonNode). */
    public Condition contains(Object document) {
        return new Condition.JsonContains(node(), JsonSupport.document(document), false);
    }

    /** {@code json <@ document}: the column is contained in the document. */
    public Condition containedBy(Object document) {
        return new Condition.JsonContains(node(), JsonSupport.document(document), true);
    }

    /**
     * The value at a key path as jsonb, to select, order by or test for presence:
     * {@code path("address", "city")}. To compare it with a value use {@link #pathText}.
     */
    public JsonPathValue path(String... keys) {
        return new JsonPathValue(new Expr.JsonPath(node(), JsonSupport.keys(keys), false));
    }

    /** The value at a key path as text, for comparisons and patterns: {@code pathText("address", "city").eq("Oslo")}. */
    public StringExpression pathText(String... keys) {
        return new ComputedExpressions.TextNode(new Expr.JsonPath(node(), JsonSupport.keys(keys), true));
    }
}
