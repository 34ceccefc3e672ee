package dev.tusk.test;

import java.util.List;
import java.util.Objects;

/**
 * One statement a {@link SqlCapture} saw.
 *
 * @param sql       the SQL text with {@code ?} placeholders, as sent
 * @param params    the parameters (for a batch: the first row's), nulls allowed
 * @param batchSize how many parameter sets were sent (1 for a plain statement)
 * @param rowCount  rows returned or affected; -1 when the statement failed
 * @param failed    whether the statement failed
 */
public record CapturedStatement(String sql, List<Object> params, int batchSize, long rowCount, boolean failed) {

    public CapturedStatement {
        Objects.requireNonNull(sql, "sql");
        params = params == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
    }

    @Override
    public String toString() {
        return (failed ? "FAILED " : "") + sql + (params.isEmpty() ? "" : " " + params)
                + (batchSize == 1 ? "" : " x" + batchSize);
    }
}
