package dev.tusk.query;

/**
 * One item of a select list: an expression and the label it comes back under, always written
 * quoted. Made by {@code expression.as("alias")}, which takes only a plain identifier; the entity's
 * own columns are selected under their column names, which may be any name PostgreSQL takes.
 */
public record Selection(Expr expression, String alias) {
    public Selection {
        if (alias == null) {
            throw new dev.tusk.exception.ValidationException("alias must not be null");
        }
        dev.tusk.model.Identifier.requireFits(alias, "alias");
    }
}
