package dev.tusk.query;

/**
 * One item of a select list: an expression and the label it comes back under (a validated
 * identifier). Made by {@code expression.as("alias")}.
 */
public record Selection(Expr expression, String alias) {
    public Selection {
        dev.tusk.model.Identifier.requireSafe(alias, "alias");
    }
}
