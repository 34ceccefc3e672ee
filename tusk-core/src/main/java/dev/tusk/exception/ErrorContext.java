package dev.tusk.exception;

import java.util.List;

/**
 * Where an error happened: entity, operation, SQL, parameters (already redacted and rendered as
 * text) and SQLSTATE. Every part may be absent.
 */
public record ErrorContext(Class<?> entity, String operation, String sql, List<String> parameters,
                           String sqlState) {
    public static final ErrorContext EMPTY = new ErrorContext(null, null, null, List.of(), null);

    public ErrorContext {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public static ErrorContext of(Class<?> entity, String operation) {
        return new ErrorContext(entity, operation, null, List.of(), null);
    }

    public ErrorContext withSql(String sql, List<String> parameters) {
        return new ErrorContext(entity, operation, sql, parameters, sqlState);
    }

    public ErrorContext withSqlState(String state) {
        return new ErrorContext(entity, operation, sql, parameters, state);
    }

    String describe(String reason) {
        StringBuilder text = new StringBuilder(reason);
        if (entity != null || operation != null) {
            text.append(" [");
            if (operation != null) {
                text.append(operation);
            }
            if (entity != null) {
                text.append(operation != null ? " " : "").append(entity.getSimpleName());
            }
            text.append(']');
        }
        if (sqlState != null) {
            text.append(" (SQLSTATE ").append(sqlState).append(')');
        }
        if (sql != null) {
            text.append(" SQL: ").append(sql);
            if (!parameters.isEmpty()) {
                text.append(" PARAMS: ").append(parameters);
            }
        }
        return text.toString();
    }
}
