package dev.tusk.query;

/** How a full-text query string is parsed. */
public enum TextQuery {
    /** {@code websearch_to_tsquery}: what users type into a search box ("quoted phrases", -exclusions, or). */
    WEBSEARCH("websearch_to_tsquery"),
    /** {@code plainto_tsquery}: every word must match. */
    PLAIN("plainto_tsquery"),
    /** {@code to_tsquery}: tsquery syntax ({@code 'fat & (rat | cat)'}). */
    RAW("to_tsquery");

    private final String function;

    TextQuery(String function) {
        this.function = function;
    }

    public String function() {
        return function;
    }
}
