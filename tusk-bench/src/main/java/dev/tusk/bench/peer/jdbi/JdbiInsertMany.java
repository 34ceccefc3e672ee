package dev.tusk.bench.peer.jdbi;

import dev.tusk.bench.data.InsertManyFixture;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.ItemTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W2 for JDBI 3: insert {@link #rows} items into an empty table in one transaction and get their
 * generated keys, the same task as {@code bulk.InsertManyBenchmark}. One invocation is one whole
 * load, timed alone; emptying the table before and checking it after are outside the timing.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JdbiInsertMany extends InsertManyFixture {
    private static final String INSERT = "INSERT INTO tusk_bench.item (sku, name, description, quantity, price,"
            + " created_at, active) VALUES (:sku, :name, :description, :quantity, :price, :createdAt, :active)";

    private Jdbi jdbi;
    private List<Item> saved;

    @Override
    protected void openLibrary() {
        jdbi = BenchJdbi.of(environment);
    }

    @Override
    protected void forgetSaved() {
        saved = null;
    }

    @Override
    protected void checkKeys(String contender) {
        ItemTable.expectKeys(environment, items, saved, contender);
    }

    /**
     * The developer guide's batch insert: {@code prepareBatch} inside {@code inTransaction}, each item
     * bound with {@code bindMethods} (records have accessors without a {@code get} prefix) and
     * {@code add()}ed, then {@code executePreparedBatch("id")} for the generated keys, which come back
     * in the order the items were added. pgjdbc rewrites the batch into multi-row inserts, as it does
     * for the raw contender, since both pools set {@code reWriteBatchedInserts}. Binding the seven
     * columns one by one with {@code bind(name, value)} was measured too and was not measurably faster
     * (250 against 245 ms in the steadier of two quick comparisons), so the guide's object binding stays.
     */
    @Benchmark
    public List<Item> w2InsertAll() {
        saved = jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            for (Item item : items) {
                batch.bindMethods(item).add();
            }
            List<Long> keys = batch.executePreparedBatch("id").mapTo(Long.class).list();
            List<Item> withKeys = new ArrayList<>(keys.size());
            for (int index = 0; index < keys.size(); index++) {
                withKeys.add(items.get(index).withId(keys.get(index)));
            }
            return withKeys;
        });
        return saved;
    }
}
