package dev.tusk.bench.peer.jdbi;

import dev.tusk.bench.data.ConcurrentLookups;
import dev.tusk.bench.data.BenchAuthor;
import dev.tusk.bench.data.BenchPost;
import dev.tusk.bench.data.BlogTables;
import dev.tusk.bench.data.Catalog;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.env.BenchEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
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
 * JDBI 3 on the catalogue and graph workloads (W1, W3 to W8, as {@link Catalog} and
 * {@link BlogTables} define them), through the fluent core API the developer guide teaches:
 * {@code withHandle} for one statement, {@code createQuery(..).bind(..).mapTo(..)}, named
 * {@code :parameters}, row mappers registered once on the shared {@link Jdbi} ({@link BenchJdbi}).
 * The last result of each method is checked after every iteration, outside the timing, so that a
 * fast wrong answer cannot win.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JdbiBenchmark {
    private static final String COLUMNS = "id, sku, name, description, quantity, price, created_at, active";
    private static final String INSERT = "INSERT INTO tusk_bench.item (sku, name, description, quantity, price,"
            + " created_at, active) VALUES (:sku, :name, :description, :quantity, :price, :createdAt, :active)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM tusk_bench.item WHERE id = :id";
    private static final String RANGE = "SELECT " + COLUMNS + " FROM tusk_bench.item WHERE id BETWEEN :first AND :last"
            + " ORDER BY id";
    private static final String ALL_ITEMS = "SELECT " + COLUMNS + " FROM tusk_bench.item ORDER BY id";
    private static final String RENAME = "UPDATE tusk_bench.item SET name = :name WHERE id = :id";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM tusk_bench.item WHERE active AND quantity >= :min"
            + " ORDER BY id LIMIT :limit OFFSET :offset";
    private static final String COUNT = "SELECT count(*) FROM tusk_bench.item WHERE active AND quantity >= :min";
    private static final String AUTHORS = "SELECT id, name FROM tusk_bench.bench_author ORDER BY id";
    private static final String POSTS_OF_AUTHORS = "SELECT id, author_id, title, body FROM tusk_bench.bench_post"
            + " WHERE author_id = ANY(:ids) ORDER BY id";

    /** How many benchmark calls this trial has made: the {@code n} of {@link Catalog}'s sequences. */
    private long n;
    private BenchEnvironment environment;
    private Jdbi jdbi;
    /** W5's items, loaded before the timing, at index {@code key - 1}. */
    private List<Item> loadedItems;

    private Item inserted;
    private Item found;
    private long foundKey;
    private List<Item> range;
    private long rangeFirst;
    private Item renamed;
    private List<BenchAuthor> authors;
    private ItemPage page;
    private int pageNumber;
    private List<Item> concurrentFinds;
    private long concurrentCall;

    @Setup(Level.Trial)
    public void openTrial(BenchmarkParams params) {
        environment = BenchEnvironment.current();
        Catalog.prepare(environment);
        BlogTables.prepare(environment);
        jdbi = BenchJdbi.of(environment);
        if (Catalog.needsHeldItems(params)) {
            loadedItems = jdbi.withHandle(handle -> handle.createQuery(ALL_ITEMS).mapTo(Item.class).list());
            if (loadedItems.size() != Catalog.ROWS) {
                throw new IllegalStateException("JDBI preloaded " + loadedItems.size() + " items, expected " + Catalog.ROWS);
            }
        }
    }

    @TearDown(Level.Iteration)
    public void checkResult(BenchmarkParams params) {
        String contender = params.getBenchmark();
        if (inserted != null) {
            Catalog.expectStored(environment, inserted.id(), inserted.sku(), contender);
        }
        if (found != null) {
            Catalog.expectFound(foundKey, found.id(), found.sku(), contender);
        }
        if (range != null) {
            Catalog.expectRange(rangeFirst, keysOf(range), skusOf(range), contender);
        }
        if (renamed != null) {
            Catalog.expectRenamed(environment, renamed.id(), renamed.name(), contender);
        }
        if (authors != null) {
            BlogTables.check(authors, contender);
        }
        if (page != null) {
            Catalog.expectPage(pageNumber, keysOf(page.items()), page.total(), contender);
        }
        if (concurrentFinds != null) {
            expectConcurrentFinds(contender);
        }
        clearResults();
    }

    /**
     * W1: {@code createUpdate} with the record bound by {@code bindMethods} (JDBI's binding for objects
     * whose properties are accessor methods without a {@code get} prefix, as records have), the key read
     * with {@code executeAndReturnGeneratedKeys("id")}. One statement under auto-commit is its own
     * transaction, so {@code withHandle} rather than {@code inTransaction}, which would add a commit.
     */
    @Benchmark
    public Item w1InsertOne() {
        Item item = Catalog.newItem(n++);
        long key = jdbi.withHandle(handle -> handle.createUpdate(INSERT)
                .bindMethods(item)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        inserted = item.withId(key);
        return inserted;
    }

    /**
     * W3: {@code withHandle} around {@code createQuery(..).bind("id", key).mapTo(Item.class).one()}, the
     * guide's way to run one statement: the handle takes a pooled connection and gives it back when the
     * callback returns, as the raw contender does with its connection.
     */
    @Benchmark
    public Item w3FindByKey() {
        foundKey = Catalog.key(n++);
        found = findByKey(foundKey);
        return found;
    }

    /**
     * W4: {@code mapTo(Item.class).list()} through the registered hand-written {@link ItemMapper}. The
     * reflective {@code ConstructorMapper.factory(Item.class)}, which works with records too, was measured
     * and was slower (about 3.6 ms against 2.1 ms per range in quick runs): it reads every column through
     * a column mapper, boxing the primitives, where the hand-written mapper calls the getters directly.
     */
    @Benchmark
    public List<Item> w4LoadRange() {
        rangeFirst = Catalog.rangeStart(n++);
        range = jdbi.withHandle(handle -> handle.createQuery(RANGE)
                .bind("first", rangeFirst)
                .bind("last", rangeFirst + Catalog.RANGE_ROWS - 1)
                .mapTo(Item.class)
                .list());
        return range;
    }

    /**
     * W5: the preloaded item renamed, written back with {@code createUpdate(..).bind(..).execute()},
     * binding only the two columns the statement names; under auto-commit, its own transaction.
     */
    @Benchmark
    public int w5UpdateByKey() {
        long call = n++;
        Item loaded = loadedItems.get((int) Catalog.key(call) - 1);
        Item changed = new Item(loaded.id(), loaded.sku(), Catalog.renamed(call), loaded.description(),
                loaded.quantity(), loaded.price(), loaded.createdAt(), loaded.active());
        int updated = jdbi.withHandle(handle -> handle.createUpdate(RENAME)
                .bind("name", changed.name())
                .bind("id", changed.id())
                .execute());
        renamed = changed;
        return updated;
    }

    /**
     * W6: two statements on one handle, the authors and then all their posts with
     * {@code author_id = ANY(:ids)} ({@code bindArray}), grouped in Java. The developer guide's
     * one-to-many idiom, a {@code LEFT JOIN} folded with {@code reduceRows} over a {@code RowView}, was
     * measured too and was slower (about 4.4 ms against 3.6 ms in quick runs, both then mapping posts with
     * {@code ConstructorMapper}): every row repeats the
     * author's columns and goes through {@code RowView} column lookups by name; the Beta
     * {@code JoinRowReducer} was as slow as the plain reduction. The authors are mapped inline since
     * the record is assembled here; the posts go through the registered {@link PostMapper}.
     */
    @Benchmark
    public List<BenchAuthor> w6AuthorsWithPosts() {
        authors = jdbi.withHandle(handle -> {
            List<BenchAuthor> loaded = handle.createQuery(AUTHORS)
                    .map((row, context) -> new BenchAuthor(row.getLong(1), row.getString(2), new ArrayList<>()))
                    .list();
            Map<Long, BenchAuthor> byKey = HashMap.newHashMap(loaded.size());
            for (BenchAuthor author : loaded) {
                byKey.put(author.id(), author);
            }
            handle.createQuery(POSTS_OF_AUTHORS)
                    .bindArray("ids", Long.class, byKey.keySet())
                    .mapTo(BenchPost.class)
                    .forEach(post -> byKey.get(post.authorId()).posts().add(post));
            return loaded;
        });
        return authors;
    }

    /**
     * W7: two statements on one handle (one pooled connection), the page with {@code LIMIT :limit OFFSET
     * :offset} mapped by {@link ItemMapper}, then the count with {@code mapTo(Long.class).one()}.
     */
    @Benchmark
    public ItemPage w7FilteredPage() {
        pageNumber = Catalog.pageNumber(n++);
        int offset = (pageNumber - 1) * Catalog.PAGE_SIZE;
        page = jdbi.withHandle(handle -> new ItemPage(
                handle.createQuery(PAGE)
                        .bind("min", Catalog.MIN_QUANTITY)
                        .bind("limit", Catalog.PAGE_SIZE)
                        .bind("offset", offset)
                        .mapTo(Item.class)
                        .list(),
                handle.createQuery(COUNT)
                        .bind("min", Catalog.MIN_QUANTITY)
                        .mapTo(Long.class)
                        .one()));
        return page;
    }

    /**
     * W8: {@value Catalog#VIRTUAL_THREADS} virtual threads, each doing {@value Catalog#FINDS_PER_THREAD}
     * lookups through the same {@code withHandle} as {@link #w3FindByKey()}, so each lookup takes a
     * connection from the pool of 10 and gives it back; the results come back in thread order.
     */
    @Benchmark
    public List<Item> w8VirtualThreads() throws InterruptedException, ExecutionException {
        long call = n++;
        concurrentFinds = ConcurrentLookups.run(call, this::findByKey);
        concurrentCall = call;
        return concurrentFinds;
    }

    private Item findByKey(long key) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND).bind("id", key).mapTo(Item.class).one());
    }

    private void expectConcurrentFinds(String contender) {
        Catalog.expectConcurrent(concurrentCall * ConcurrentLookups.LOOKUPS, keysOf(concurrentFinds),
                skusOf(concurrentFinds), contender);
    }

    private void clearResults() {
        inserted = null;
        found = null;
        range = null;
        renamed = null;
        authors = null;
        page = null;
        concurrentFinds = null;
    }

    private static List<Long> keysOf(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }

    private static List<String> skusOf(List<Item> items) {
        return items.stream().map(Item::sku).toList();
    }
}
