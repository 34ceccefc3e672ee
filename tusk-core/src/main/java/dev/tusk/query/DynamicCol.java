package dev.tusk.query;

import dev.tusk.exception.ValidationException;

/**
 * A column named at run time ({@code Col.of("email")}). It offers every operator, since the
 * compiler cannot know its type; the name is checked against the query's entity when the query is
 * rendered, before any SQL is sent.
 */
public record DynamicCol(String name) implements Col<Object, Object>, OrderedExpression<Object>, PatternExpression {

    public DynamicCol {
        if (name == null || name.isBlank()) {
            throw new ValidationException("Col.of(...) needs a field or column name");
        }
    }

    @Override
    public Class<Object> entity() {
        return Object.class;
    }

    @Override
    public Expr node() {
        return new Expr.Column(Object.class, name, null);
    }
}
