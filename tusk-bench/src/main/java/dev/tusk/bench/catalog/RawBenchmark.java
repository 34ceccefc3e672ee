package dev.tusk.bench.catalog;

import dev.tusk.bench.data.ConcurrentLookups;
import dev.tusk.bench.data.Catalog;
import dev.tusk.bench.data.CatalogResults;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.ItemTable;
import dev.tusk.bench.env.BenchEnvironment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The baseline of the catalogue workloads: hand-written pgjdbc on a HikariCP pool, the way a careful
 * developer writes it. One pool checkout per operation, autocommit for single statements,
 * {@code PreparedStatement} with the columns read by index. The last result of every iteration is
 * checked against {@link Catalog} outside the timing.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RawBenchmark {
    private static final String[] GENERATED_KEY = {"id"};
    private static final String RENAME = "UPDATE tusk_bench.item SET name = ? WHERE id = ?";

    private final CatalogResults results = new CatalogResults();
    private BenchEnvironment environment;
    private DataSource pool;
    private long n;

    @Setup(Level.Trial)
    public void openTrial() {
        environment = BenchEnvironment.current();
        pool = environment.rawPool();
        Catalog.prepare(environment);
    }

    @TearDown(Level.Iteration)
    public void checkResults(BenchmarkParams params) {
        results.check(environment, params.getBenchmark());
    }

    /** W1: one INSERT in autocommit, the key read back through {@code getGeneratedKeys}. */
    @Benchmark
    public Item w1InsertOne() throws SQLException {
        Item item = Catalog.newItem(n++);
        try (Connection connection = pool.getConnection();
             PreparedStatement insert = connection.prepareStatement(ItemTable.INSERT, GENERATED_KEY)) {
            ItemTable.bind(insert, item);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                Item saved = item.withId(keys.getLong(1));
                results.inserted(saved);
                return saved;
            }
        }
    }

    /** W3: one SELECT by primary key. */
    @Benchmark
    public Item w3FindByKey() throws SQLException {
        long key = Catalog.key(n++);
        Item found = find(pool, key);
        results.found(key, found.id(), found.sku());
        return found;
    }

    /** W4: 1,000 rows by a key range, ordered by key. */
    @Benchmark
    public List<Item> w4LoadRange() throws SQLException {
        long first = Catalog.rangeStart(n++);
        List<Item> items = new ArrayList<>(Catalog.RANGE_ROWS);
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(Catalog.RANGE_SQL)) {
            select.setLong(1, first);
            select.setLong(2, first + Catalog.RANGE_ROWS - 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                }
            }
        }
        results.range(first, items);
        return items;
    }

    /** W5: {@code UPDATE ... SET name = ? WHERE id = ?} in autocommit: the one column that changed. */
    @Benchmark
    public int w5UpdateByKey() throws SQLException {
        long call = n++;
        long key = Catalog.key(call);
        String name = Catalog.renamed(call);
        try (Connection connection = pool.getConnection();
             PreparedStatement update = connection.prepareStatement(RENAME)) {
            update.setString(1, name);
            update.setLong(2, key);
            int updated = update.executeUpdate();
            results.renamed(key, name, updated);
            return updated;
        }
    }

    /** W7: the page and the count, two statements on one connection in autocommit. */
    @Benchmark
    public List<Item> w7FilteredPage() throws SQLException {
        int number = Catalog.pageNumber(n++);
        List<Item> items = new ArrayList<>(Catalog.PAGE_SIZE);
        long total;
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement page = connection.prepareStatement(Catalog.PAGE_SQL)) {
                page.setInt(1, Catalog.MIN_QUANTITY);
                page.setInt(2, Catalog.PAGE_SIZE);
                page.setInt(3, (number - 1) * Catalog.PAGE_SIZE);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        items.add(read(rows));
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement(Catalog.COUNT_SQL)) {
                count.setInt(1, Catalog.MIN_QUANTITY);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
        }
        results.page(number, items, total);
        return items;
    }

    /** W8: 64 virtual threads, each doing 10 lookups as {@link #w3FindByKey} does, on the pool of 10. */
    @Benchmark
    public List<Item> w8VirtualThreads() throws InterruptedException, ExecutionException {
        long call = n++;
        List<Item> found = ConcurrentLookups.run(call, key -> findUnchecked(key));
        results.concurrent(call * ConcurrentLookups.LOOKUPS, found);
        return found;
    }

    private Item findUnchecked(long key) {
        try {
            return find(pool, key);
        } catch (SQLException failure) {
            throw new IllegalStateException("lookup of key " + key + " failed: " + failure.getMessage(), failure);
        }
    }

    private static Item find(DataSource pool, long key) throws SQLException {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(Catalog.FIND_SQL)) {
            select.setLong(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no item under key " + key);
                }
                return read(rows);
            }
        }
    }

    private static Item read(ResultSet rows) throws SQLException {
        return new Item(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5),
                rows.getBigDecimal(6), rows.getObject(7, OffsetDateTime.class), rows.getBoolean(8));
    }
}
