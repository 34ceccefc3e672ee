package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeated keys within one batch. PostgreSQL cannot insert-or-update one row twice in one statement
 * (SQLSTATE 21000) and an update by key would write one of two rows at random, so a repeat is
 * refused before any SQL, naming the key and the rows; an upsert may instead keep the last row.
 * Keys compare by the text the database receives.
 */
final class BatchKeys {
    private BatchKeys() {
    }

    /**
     * The rows to send for an upsert, in input order: all of them, or with {@code deduplicate()} the last
     * row of each conflict key.
     *
     * @throws ValidationException when a key repeats and the conflict does not deduplicate
     */
    static int[] distinct(RowBatch<?> batch, ConflictPlan plan) {
        Map<List<String>, Integer> lastRow = new HashMap<>();
        boolean[] superseded = new boolean[batch.size()];
        int kept = batch.size();
        for (int row = 0; row < batch.size(); row++) {
            Integer earlier = lastRow.put(key(batch, row, plan.target()), row);
            if (earlier == null) {
                continue;
            }
            if (!plan.deduplicate()) {
                throw repeated(batch, plan.target(), earlier, row, "conflict key",
                        "PostgreSQL cannot insert or update one row twice in one statement; send each key once, or"
                                + " ask Conflict...deduplicate() to keep the last row of each key");
            }
            superseded[earlier] = true;
            kept--;
        }
        int[] rows = new int[kept];
        int next = 0;
        for (int row = 0; row < batch.size(); row++) {
            if (!superseded[row]) {
                rows[next++] = row;
            }
        }
        return rows;
    }

    /** Throws when two rows carry the same primary key. */
    static void requireDistinct(RowBatch<?> batch, List<PropertyModel> keys) {
        Map<List<String>, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < batch.size(); row++) {
            Integer earlier = firstRow.putIfAbsent(key(batch, row, keys), row);
            if (earlier != null) {
                throw repeated(batch, keys, earlier, row, "key",
                        "each row is written by its key, so one key may appear once per call");
            }
        }
    }

    private static List<String> key(RowBatch<?> batch, int row, List<PropertyModel> columns) {
        List<String> key = new ArrayList<>(columns.size());
        for (PropertyModel column : columns) {
            key.add(batch.text(row, column));
        }
        return key;
    }

    private static ValidationException repeated(RowBatch<?> batch, List<PropertyModel> columns, int earlier, int row,
                                                String what, String why) {
        return new ValidationException("rows " + earlier + " and " + row + " have the same " + what + " ("
                + batch.describe(row, columns) + "): " + why, ErrorContext.of(batch.model().type(), batch.operation()),
                null);
    }
}
