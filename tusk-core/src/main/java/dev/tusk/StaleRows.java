package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.model.EntityModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The rows of a bulk update that changed nothing: with {@code @Version}, rows someone else changed or
 * deleted since they were read ({@link OptimisticLockException}); without, rows that no longer exist
 * ({@link NotFoundException}). Either way the whole batch is rolled back.
 */
final class StaleRows {
    private static final int ROWS_NAMED = 10;

    private StaleRows() {
    }

    /** Reads the ordinalities (1-based) an update returned as 0-based positions within its chunk. */
    static List<Integer> changedOrdinals(ResultSet result) throws SQLException {
        List<Integer> changed = new ArrayList<>();
        while (result.next()) {
            changed.add((int) result.getLong(1) - 1);
        }
        return changed;
    }

    /** Throws naming the rows of {@code chunk} whose position is not among {@code positions}. */
    static void check(RowBatch<?> batch, int[] chunk, List<Integer> positions) {
        if (positions.size() == chunk.length) {
            return;
        }
        BitSet changed = new BitSet(chunk.length);
        positions.forEach(changed::set);
        EntityModel<?> model = batch.model();
        List<String> stale = new ArrayList<>();
        int count = 0;
        for (int position = 0; position < chunk.length; position++) {
            if (!changed.get(position) && count++ < ROWS_NAMED) {
                stale.add(describe(batch, chunk[position]));
            }
        }
        String rows = String.join("; ", stale) + (count > ROWS_NAMED ? "; and " + (count - ROWS_NAMED) + " more" : "");
        ErrorContext context = ErrorContext.of(model.type(), batch.operation());
        if (model.version().isPresent()) {
            throw new OptimisticLockException(count + " of " + batch.size() + " " + model.type().getSimpleName()
                    + " rows were changed or deleted by someone else (" + rows + "); nothing was written: reload them"
                    + " and apply the changes again", context, null);
        }
        throw new NotFoundException(count + " of " + batch.size() + " " + model.type().getSimpleName()
                + " rows no longer exist (" + rows + "); nothing was written", context, null);
    }

    private static String describe(RowBatch<?> batch, int row) {
        String key = batch.describe(row, batch.model().keys());
        return "row " + row + ": " + key + batch.model().version().map(version -> " at " + version.name() + " "
                + batch.values(row)[version.slot()]).orElse("");
    }
}
