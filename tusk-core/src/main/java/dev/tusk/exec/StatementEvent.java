package dev.tusk.exec;

import dev.tusk.render.SqlStatement;

/**
 * One statement seen by a {@link StatementListener}.
 *
 * @param operation    what the caller asked for: {@code insert}, {@code find}, {@code sql}...
 * @param entity       the entity class, or null
 * @param statement    SQL and parameters (for a batch: the SQL and the first row's parameters)
 * @param batchSize    number of parameter sets sent (1 for a plain statement)
 * @param rowCount     rows returned or affected; -1 before execution
 * @param executeNanos time the server round trip took; -1 before execution
 * @param mapNanos     time mapping took; -1 before mapping
 */
public record StatementEvent(String operation, Class<?> entity, SqlStatement statement, int batchSize,
                             long rowCount, long executeNanos, long mapNanos) {

    public StatementEvent executedWith(long rows, long nanos) {
        return new StatementEvent(operation, entity, statement, batchSize, rows, nanos, mapNanos);
    }

    public StatementEvent mappedIn(long nanos) {
        return new StatementEvent(operation, entity, statement, batchSize, rowCount, executeNanos, nanos);
    }
}
