package dev.tusk.render;

import java.util.List;
import java.util.Objects;

/**
 * SQL text with {@code ?} placeholders and its parameters, travelling together. Only the renderer
 * builds the text; everything after it binds and executes.
 *
 * @param sql    SQL text with JDBC {@code ?} placeholders
 * @param params the values, in placeholder order (nulls allowed)
 */
public record SqlStatement(String sql, List<Object> params) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        params = params == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
    }

    public static SqlStatement of(String sql, Object... params) {
        return new SqlStatement(sql, java.util.Arrays.asList(params));
    }

    @Override
    public String toString() {
        return params.isEmpty() ? sql : sql + " " + params;
    }
}
