package dev.tusk.bench.catalog;

import dev.tusk.Database;
import dev.tusk.bench.data.ConcurrentLookups;
import dev.tusk.bench.data.Catalog;
import dev.tusk.bench.data.CatalogResults;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.Item_;
import dev.tusk.bench.env.BenchEnvironment;
import dev.tusk.query.Page;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
 * Tusk on the catalogue workloads, written as the README teaches: entity operations on {@code db},
 * queries through the generated metamodel ({@code Item_}). The last result of every iteration is
 * checked against {@link Catalog} outside the timing.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TuskBenchmark {
    private final CatalogResults results = new CatalogResults();
    private BenchEnvironment environment;
    private Database db;
    private Item[] held;
    private long n;

    @Setup(Level.Trial)
    public void openTrial(BenchmarkParams params) {
        environment = BenchEnvironment.current();
        db = environment.tusk();
        Catalog.prepare(environment);
        if (Catalog.needsHeldItems(params)) {
            held = db.from(Item.class).orderBy(Item_.id.asc()).list().toArray(Item[]::new);
        }
    }

    @TearDown(Level.Iteration)
    public void checkResults(BenchmarkParams params) {
        results.check(environment, params.getBenchmark());
    }

    /** W1: {@code db.insert(item)}: one INSERT ... RETURNING, the saved record back. */
    @Benchmark
    public Item w1InsertOne() {
        Item saved = db.insert(Catalog.newItem(n++));
        results.inserted(saved);
        return saved;
    }

    /** W3: {@code db.get(Item.class, key)}. */
    @Benchmark
    public Item w3FindByKey() {
        long key = Catalog.key(n++);
        Item found = db.get(Item.class, key);
        results.found(key, found.id(), found.sku());
        return found;
    }

    /** W4: a key range through the metamodel, ordered by key. */
    @Benchmark
    public List<Item> w4LoadRange() {
        long first = Catalog.rangeStart(n++);
        List<Item> items = db.from(Item.class)
                .where(Item_.id.between(first, first + Catalog.RANGE_ROWS - 1))
                .orderBy(Item_.id.asc())
                .list();
        results.range(first, items);
        return items;
    }

    /** W5: the held record with a new name, written back by key: {@code db.update(renamed, Item_.name)}. */
    @Benchmark
    public Item w5UpdateByKey() {
        long call = n++;
        long key = Catalog.key(call);
        Item before = held[(int) key - 1];
        Item renamed = new Item(before.id(), before.sku(), Catalog.renamed(call), before.description(),
                before.quantity(), before.price(), before.createdAt(), before.active());
        Item saved = db.update(renamed, Item_.name);
        held[(int) key - 1] = saved;
        results.renamed(key, saved.name(), 1);
        return saved;
    }

    /** W7: {@code page(number, size)}: the page and the count of the filtered query. */
    @Benchmark
    public Page<Item> w7FilteredPage() {
        int number = Catalog.pageNumber(n++);
        Page<Item> page = db.from(Item.class)
                .where(Item_.active.isTrue(), Item_.quantity.gte(Catalog.MIN_QUANTITY))
                .orderBy(Item_.id.asc())
                .page(number, Catalog.PAGE_SIZE);
        results.page(number, page.items(), page.totalCount());
        return page;
    }

    /** W8: 64 virtual threads, each doing 10 lookups as {@link #w3FindByKey} does, on the pool of 10. */
    @Benchmark
    public List<Item> w8VirtualThreads() throws InterruptedException, ExecutionException {
        long call = n++;
        List<Item> found = ConcurrentLookups.run(call, key -> db.get(Item.class, key));
        results.concurrent(call * ConcurrentLookups.LOOKUPS, found);
        return found;
    }
}
