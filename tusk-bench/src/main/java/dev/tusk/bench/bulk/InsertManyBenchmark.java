package dev.tusk.bench.bulk;

import dev.tusk.bench.data.InsertManyFixture;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.ItemTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W2: insert {@link #rows} items into an empty table in one transaction and get their generated keys.
 * One invocation is one whole load, timed alone ({@link Mode#SingleShotTime}); emptying the table
 * before and checking it after are outside the timing.
 *
 * <p>Tusk's {@code insertAll} hands back the saved items with their keys (through {@code RETURNING}),
 * so the fair raw contender does too: {@link #rawBatchReturningKeys()} asks pgjdbc for the
 * {@code id} column and builds the same list. {@link #rawBatch()} skips the keys, to show what they cost.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsertManyBenchmark extends InsertManyFixture {
    private static final String[] GENERATED_KEY = {"id"};

    private List<Item> saved;

    @Override
    protected void forgetSaved() {
        saved = null;
    }

    @Override
    protected void checkKeys(String contender) {
        // rawBatch asks for no keys, on purpose: it shows what they cost
        if (!contender.endsWith(".rawBatch")) {
            ItemTable.expectKeys(environment, items, saved, contender);
        }
    }

    /** Tusk: one call; multi-row {@code INSERT ... RETURNING}, chunked, in one transaction. */
    @Benchmark
    public List<Item> tuskInsertAll() {
        saved = environment.tusk().insertAll(items);
        return saved;
    }

    /** pgjdbc batching (rewritten into multi-row inserts by the driver), keys read back, one transaction. */
    @Benchmark
    public List<Item> rawBatchReturningKeys() throws SQLException {
        try (Connection connection = environment.rawPool().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(ItemTable.INSERT, GENERATED_KEY)) {
                addAll(insert, items);
                insert.executeBatch();
                List<Item> withKeys = new ArrayList<>(items.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (int index = 0; keys.next(); index++) {
                        withKeys.add(items.get(index).withId(keys.getLong(1)));
                    }
                }
                connection.commit();
                saved = withKeys;
                return withKeys;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        }
    }

    /** pgjdbc batching as above without asking for keys: the cheapest raw insert, for reference. */
    @Benchmark
    public int[] rawBatch() throws SQLException {
        try (Connection connection = environment.rawPool().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(ItemTable.INSERT)) {
                addAll(insert, items);
                int[] counts = insert.executeBatch();
                connection.commit();
                return counts;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        }
    }

    private static void addAll(PreparedStatement insert, List<Item> items) throws SQLException {
        for (Item item : items) {
            ItemTable.bind(insert, item);
            insert.addBatch();
        }
    }
}
