package dev.tusk.query;

/**
 * A jsonb value inside a document ({@code JsonCol.path(...)}): it can be selected, ordered by and
 * tested for presence, but not compared with a Java value (jsonb has no equality with text or
 * numbers); compare through {@link JsonCol#pathText} instead.
 */
public record JsonPathValue(Expr node) {

    public Condition isNull() {
        return new Condition.IsNull(node, false);
    }

    public Condition isNotNull() {
        return new Condition.IsNull(node, true);
    }

    public Order asc() {
        return new Order(node, false, null);
    }

    public Order desc() {
        return new Order(node, true, null);
    }

    public Selection as(String alias) {
        dev.tusk.model.Identifier.requireSafe(alias, "alias");
        return new Selection(node, alias);
    }
}
