package dev.tusk.query;

/**
 * A text column: ordering, LIKE patterns with escaping, full-text search, text functions.
 */
public record StringCol<E>(Class<E> entity, String name) implements Col<E, String>, StringExpression {

    @Override
    public Expr node() {
        return new Expr.Column(entity, name, null);
    }
}
