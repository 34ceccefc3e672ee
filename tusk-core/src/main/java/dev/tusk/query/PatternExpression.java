package dev.tusk.query;

import dev.tusk.exception.ValidationException;

/**
 * Text matching: LIKE patterns and full-text search. In {@link #contains}, {@link #startsWith},
 * {@link #endsWith} (and their case-insensitive forms) the value is literal text: {@code %},
 * {@code _} and {@code \} in it are escaped, so {@code contains("100%")} matches only "100%".
 * {@link #like} and {@link #ilike} take a pattern as written.
 */
public interface PatternExpression {

    Expr node();

    /** {@code LIKE pattern}: {@code %} and {@code _} are wildcards, {@code \} escapes. */
    default Condition like(String pattern) {
        return new Condition.Like(node(), requireText(pattern, "like"), false);
    }

    default Condition ilike(String pattern) {
        return new Condition.Like(node(), requireText(pattern, "ilike"), true);
    }

    default Condition contains(String text) {
        return new Condition.Like(node(), "%" + escape(requireText(text, "contains")) + "%", false);
    }

    default Condition icontains(String text) {
        return new Condition.Like(node(), "%" + escape(requireText(text, "icontains")) + "%", true);
    }

    default Condition startsWith(String text) {
        return new Condition.Like(node(), escape(requireText(text, "startsWith")) + "%", false);
    }

    default Condition endsWith(String text) {
        return new Condition.Like(node(), "%" + escape(requireText(text, "endsWith")), false);
    }

    /** Full-text search with {@code websearch_to_tsquery} in the {@code english} configuration. */
    default Condition matches(String query) {
        return matches(query, TextQuery.WEBSEARCH, "english");
    }

    /**
     * Full-text search. A tsvector column is searched as it is; text is passed through
     * {@code to_tsvector(config, ...)}.
     *
     * @param config a text search configuration name ({@code english}, {@code simple}), validated
     */
    default Condition matches(String query, TextQuery mode, String config) {
        dev.tusk.model.Identifier.requireSafe(config, "text search configuration");
        return new Condition.TextSearch(node(), requireText(query, "matches"), mode, config);
    }

    /** {@code text} with LIKE's special characters escaped by {@code \}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '%' || character == '_' || character == '\\') {
                escaped.append('\\');
            }
            escaped.append(character);
        }
        return escaped.toString();
    }

    private static String requireText(String text, String operation) {
        if (text == null) {
            throw new ValidationException(operation + "(...) needs text, got null");
        }
        return text;
    }
}
