package dev.tusk;

import dev.tusk.model.EntityModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an upsert's statements returned, per input row: the stored row and whether it was inserted,
 * or nothing (skipped: {@code DO NOTHING}, a {@code WHERE} that did not hold, or a row superseded by a
 * later one with the same key). Turned into {@link Upserted} results only after the commit, so class
 * instances are not changed by a batch that was rolled back.
 *
 * @param <T> the entity type
 */
final class UpsertRows<T> {
    private final RowBatch<T> batch;
    private final Object[] stored;
    private final boolean[] inserted;

    UpsertRows(RowBatch<T> batch) {
        this.batch = batch;
        this.stored = new Object[batch.size()];
        this.inserted = new boolean[batch.size()];
    }

    /**
     * Reads one chunk's result: a row per input row of {@code rows}, in that order, with every column in
     * table order and then the inserted flag (NULL when skipped). Returns what was read: per row, the
     * stored entity or null.
     */
    List<T> read(ResultSet result, int[] rows) throws SQLException {
        int flagColumn = batch.model().properties().size() + 1;
        List<T> read = new ArrayList<>(rows.length);
        while (result.next() && read.size() < rows.length) {
            int row = rows[read.size()];
            boolean isInserted = result.getBoolean(flagColumn);
            T entity = result.wasNull() ? null : batch.plan().tableOrder().map(result);
            inserted[row] = isInserted;
            stored[row] = entity;
            read.add(entity);
        }
        return read;
    }

    /** One result per input row, in input order: class instances are filled in place now. */
    List<Upserted<T>> results() {
        EntityModel<T> model = batch.model();
        boolean[] all = new boolean[model.properties().size()];
        Arrays.fill(all, true);
        List<Upserted<T>> results = new ArrayList<>(batch.size());
        for (int row = 0; row < batch.size(); row++) {
            @SuppressWarnings("unchecked")
            T fresh = (T) stored[row];
            if (fresh == null) {
                results.add(new Upserted<>(batch.entity(row), false, true));
            } else {
                T entity = model.isRecord() ? fresh : model.with(batch.entity(row), model.values(fresh), all);
                results.add(new Upserted<>(entity, inserted[row], false));
            }
        }
        return results;
    }
}
