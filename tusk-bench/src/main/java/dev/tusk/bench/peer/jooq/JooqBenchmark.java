package dev.tusk.bench.peer.jooq;

import static dev.tusk.bench.peer.jooq.JooqAuthorTable.BENCH_AUTHOR;
import static dev.tusk.bench.peer.jooq.JooqItemTable.ITEM;
import static dev.tusk.bench.peer.jooq.JooqPostTable.BENCH_POST;

import dev.tusk.bench.data.ConcurrentLookups;
import dev.tusk.bench.data.BenchAuthor;
import dev.tusk.bench.data.BenchPost;
import dev.tusk.bench.data.BlogTables;
import dev.tusk.bench.data.Catalog;
import dev.tusk.bench.data.CatalogResults;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.env.BenchEnvironment;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record8;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
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
 * The jOOQ contender of the catalogue workloads (W1, W3 to W8; W2 is {@link JooqInsertMany}), each
 * written the way jOOQ's manual teaches: the type-safe DSL over the hand-written schema classes
 * ({@link JooqItemTable}, {@link JooqAuthorTable}, {@link JooqPostTable}), rows mapped straight into
 * the shared records by {@link Records#mapping} over a typed projection (a constructor reference, no
 * reflection), one {@link DSLContext} ({@link JooqContext}) that borrows a pooled connection per
 * statement, autocommit for single statements. The last result of every iteration is checked against
 * {@link Catalog} and {@link BlogTables} outside the timing.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JooqBenchmark {
    /** Every column in table order, mapped by position into the record's canonical constructor. */
    private static final RecordMapper<Record8<Long, String, String, String, Integer, BigDecimal, OffsetDateTime, Boolean>, Item>
            TO_ITEM = Records.mapping(Item::new);
    /** W7's filter, {@link Catalog#PAGE_FILTER}; a query part is immutable, so one instance serves every call. */
    private static final Condition PAGE_FILTER =
            DSL.condition(ITEM.ACTIVE).and(ITEM.QUANTITY.ge(Catalog.MIN_QUANTITY));

    private final CatalogResults results = new CatalogResults();
    private BenchEnvironment environment;
    private DSLContext dsl;
    /** W5's objects, loaded before the timing, at index {@code key - 1}. */
    private Item[] loaded;
    private List<BenchAuthor> authors;
    private long n;

    @Setup(Level.Trial)
    public void openTrial(BenchmarkParams params) {
        environment = BenchEnvironment.current();
        Catalog.prepare(environment);
        BlogTables.prepare(environment);
        dsl = JooqContext.of(environment);
        if (Catalog.needsHeldItems(params)) {
            loaded = selectItems(dsl).orderBy(ITEM.ID).fetch(TO_ITEM).toArray(Item[]::new);
            if (loaded.length != Catalog.ROWS) {
                throw new IllegalStateException("jOOQ loaded " + loaded.length + " items, expected " + Catalog.ROWS);
            }
        }
    }

    @TearDown(Level.Iteration)
    public void checkResult(BenchmarkParams params) {
        String contender = params.getBenchmark();
        results.check(environment, contender);
        if (authors != null) {
            BlogTables.check(authors, contender);
            authors = null;
        }
    }

    /**
     * W1: {@code insertInto(ITEM, columns).values(..).returningResult(ITEM.ID)}, one
     * {@code INSERT ... RETURNING id} in autocommit. The active-record way ({@code newRecord(ITEM)},
     * setters, {@code store()}) sends the same statement and measured no faster, while it needs a
     * jOOQ record in between; the DSL form writes the shared {@link Item} directly.
     */
    @Benchmark
    public Item w1InsertOne() {
        Item item = Catalog.newItem(n++);
        Long id = dsl.insertInto(ITEM, ITEM.SKU, ITEM.NAME, ITEM.DESCRIPTION, ITEM.QUANTITY, ITEM.PRICE, ITEM.CREATED_AT,
                        ITEM.ACTIVE)
                .values(item.sku(), item.name(), item.description(), item.quantity(), item.price(), item.createdAt(),
                        item.active())
                .returningResult(ITEM.ID)
                .fetchOne(ITEM.ID);
        Item saved = item.withId(id);
        results.inserted(saved);
        return saved;
    }

    /** W3: {@code select(columns).from(ITEM).where(ID.eq(key)).fetchOne(mapper)}, one statement. */
    @Benchmark
    public Item w3FindByKey() {
        long key = Catalog.key(n++);
        Item found = findByKey(key);
        results.found(key, found.id(), found.sku());
        return found;
    }

    /**
     * W4: {@code where(ID.between(first, last)).orderBy(ID).fetch(mapper)}. With no execute listener
     * jOOQ maps each row as it reads it, without building an intermediate {@code Result} first.
     */
    @Benchmark
    public List<Item> w4LoadRange() {
        long first = Catalog.rangeStart(n++);
        List<Item> range = selectItems(dsl)
                .where(ITEM.ID.between(first, first + Catalog.RANGE_ROWS - 1))
                .orderBy(ITEM.ID)
                .fetch(TO_ITEM);
        results.range(first, range);
        return range;
    }

    /**
     * W5: the held item renamed and written back with {@code update(ITEM).set(NAME, ..).where(ID.eq(..))},
     * the one column that changed, in autocommit. The schema class supports the active-record way too
     * (an {@link JooqItemRecord} loaded up front, {@code setName}, {@code store()}, which also updates
     * only the changed column), but it measured no faster (within the noise, slightly slower), and it
     * would hold jOOQ records instead of the shared {@link Item}.
     */
    @Benchmark
    public int w5UpdateByKey() {
        long call = n++;
        long key = Catalog.key(call);
        Item held = loaded[(int) key - 1];
        Item renamed = new Item(held.id(), held.sku(), Catalog.renamed(call), held.description(), held.quantity(),
                held.price(), held.createdAt(), held.active());
        int rows = dsl.update(ITEM).set(ITEM.NAME, renamed.name()).where(ITEM.ID.eq(renamed.id())).execute();
        loaded[(int) key - 1] = renamed;
        results.renamed(key, renamed.name(), rows);
        return rows;
    }

    /**
     * W6: two statements, the authors ordered by key, then all their posts with
     * {@code where(AUTHOR_ID.eq(any(keys)))} grouped by {@code fetchGroups(AUTHOR_ID, mapper)}. jOOQ's own
     * idiom for nested collections, {@code multiset(select(..).where(AUTHOR_ID.eq(BENCH_AUTHOR.ID)))
     * .convertFrom(r -> r.map(mapping(BenchPost::new)))}, is one statement, but jOOQ emulates it on
     * PostgreSQL as a correlated {@code jsonb_agg} subquery per author and parses 1,000 posts back from
     * JSON: it measured about 2.5 times slower (JSONB, the default; 2 times with
     * {@code emulateMultiset(JSON)}), so the faster idiom is kept. No N+1 either way.
     */
    @Benchmark
    public List<BenchAuthor> w6AuthorsWithPosts() {
        List<Record2<Long, String>> authorRows =
                dsl.select(BENCH_AUTHOR.ID, BENCH_AUTHOR.NAME).from(BENCH_AUTHOR).orderBy(BENCH_AUTHOR.ID).fetch();
        Long[] keys = new Long[authorRows.size()];
        for (int index = 0; index < keys.length; index++) {
            keys[index] = authorRows.get(index).value1();
        }
        Map<Long, List<BenchPost>> postsByAuthor = dsl
                .select(BENCH_POST.ID, BENCH_POST.AUTHOR_ID, BENCH_POST.TITLE, BENCH_POST.BODY)
                .from(BENCH_POST)
                .where(BENCH_POST.AUTHOR_ID.eq(DSL.any(keys)))
                .orderBy(BENCH_POST.ID)
                .fetchGroups(BENCH_POST.AUTHOR_ID, Records.mapping(BenchPost::new));
        List<BenchAuthor> graph = new ArrayList<>(keys.length);
        for (Record2<Long, String> author : authorRows) {
            graph.add(new BenchAuthor(author.value1(), author.value2(),
                    postsByAuthor.getOrDefault(author.value1(), List.of())));
        }
        authors = graph;
        return graph;
    }

    /**
     * W7: the page as {@code where(filter).orderBy(ID).limit(..).offset(..)} (jOOQ renders
     * {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}), then {@code fetchCount(ITEM, filter)}: two statements,
     * each on a connection borrowed for it.
     */
    @Benchmark
    public List<Item> w7FilteredPage() {
        int number = Catalog.pageNumber(n++);
        List<Item> page = selectItems(dsl)
                .where(PAGE_FILTER)
                .orderBy(ITEM.ID)
                .limit(Catalog.PAGE_SIZE)
                .offset((number - 1) * Catalog.PAGE_SIZE)
                .fetch(TO_ITEM);
        int total = dsl.fetchCount(ITEM, PAGE_FILTER);
        results.page(number, page, total);
        return page;
    }

    /**
     * W8: {@value Catalog#VIRTUAL_THREADS} virtual threads each doing {@value Catalog#FINDS_PER_THREAD}
     * lookups exactly as {@link #w3FindByKey} does, on the pool of 10, all sharing the one
     * {@link DSLContext}: jOOQ's manual allows sharing a configuration between threads as long as
     * nobody modifies it, which nothing here does.
     */
    @Benchmark
    public List<Item> w8VirtualThreads() throws InterruptedException, ExecutionException {
        long call = n++;
        List<Item> found = ConcurrentLookups.run(call, this::findByKey);
        results.concurrent(call * ConcurrentLookups.LOOKUPS, found);
        return found;
    }

    private Item findByKey(long key) {
        Item found = selectItems(dsl).where(ITEM.ID.eq(key)).fetchOne(TO_ITEM);
        if (found == null) {
            throw new IllegalStateException("jOOQ found no item under key " + key);
        }
        return found;
    }

    /** {@code SELECT} every column of the item table, typed, so that {@link #TO_ITEM} can map it. */
    private static SelectJoinStep<Record8<Long, String, String, String, Integer, BigDecimal, OffsetDateTime, Boolean>>
            selectItems(DSLContext context) {
        return context.select(ITEM.ID, ITEM.SKU, ITEM.NAME, ITEM.DESCRIPTION, ITEM.QUANTITY, ITEM.PRICE,
                ITEM.CREATED_AT, ITEM.ACTIVE).from(ITEM);
    }
}
