package dev.tusk.query;

/**
 * Handles for computed expressions (functions, aggregates, arithmetic), one per typed view, so
 * the static type says which operators apply.
 */
final class ComputedExpressions {
    private ComputedExpressions() {
    }

    record NumberNode<N extends Number>(Expr node) implements NumberExpression<N> {}

    record TextNode(Expr node) implements StringExpression {}

    record BooleanNode(Expr node) implements BooleanExpression {}

    record OrderedNode<V>(Expr node) implements OrderedExpression<V> {}
}
