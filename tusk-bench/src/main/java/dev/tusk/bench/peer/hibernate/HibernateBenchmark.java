package dev.tusk.bench.peer.hibernate;

import dev.tusk.bench.data.ConcurrentLookups;
import dev.tusk.bench.data.BlogTables;
import dev.tusk.bench.data.Catalog;
import dev.tusk.bench.env.BenchEnvironment;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.query.Page;
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
 * Hibernate ORM 7 on the catalogue workloads W1, W3 to W8 ({@link Catalog}, {@link BlogTables}), each
 * written as Hibernate's documentation teaches it, one unit of work (session) per operation.
 *
 * <p>Every method uses a {@link org.hibernate.StatelessSession}, one of the two programming models
 * the Introduction to Hibernate 7 offers as a project's baseline (the one Hibernate Data Repositories,
 * its Jakarta Data implementation, is built on). For each workload the stateful
 * {@link org.hibernate.Session} way ({@code persist}, {@code find}, a read-only query) was measured
 * too: on this shared two-core machine the two were equally fast within the noise, and the stateless
 * session allocated the same or less per operation (W1 a third less, W3 and W8 3 to 6% less, W4, W6
 * and W7 within 1%). W5 needs the stateless {@code update} in any case. The entities it returns are
 * detached, as a benchmark that hands its result back wants them.
 *
 * <p>The last result of each method is checked after every iteration, outside the timing, against
 * the key it was asked for. JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HibernateBenchmark {
    private static final String RANGE_QUERY = "from Item where id between :first and :last order by id";
    private static final String GRAPH_QUERY = "from Author a join fetch a.posts p order by a.id, p.id";
    private static final String PAGE_QUERY = "from Item where active = true and quantity >= :minimum order by id";
    private static final String PAGE_COUNT_QUERY = "select count(*) from Item where active = true and quantity >= :minimum";
    private static final String CATALOGUE_QUERY = "from Item order by id";

    private BenchEnvironment environment;
    private SessionFactory sessionFactory;
    /** W5's entities, loaded before the timing: the item under key {@code k} is at {@code k - 1}. */
    private List<ItemEntity> catalogue;
    /** How many operations this trial has done: the {@code n} of the {@link Catalog} key sequences. */
    private long n;

    private ItemEntity inserted;
    private ItemEntity found;
    private long foundKey;
    private List<ItemEntity> range;
    private long rangeFirst;
    private ItemEntity renamed;
    private long renamedKey;
    private List<AuthorEntity> authors;
    private ItemPage page;
    private int pageNumber;
    private List<ItemEntity> foundConcurrently;
    private long concurrentCall;

    @Setup(Level.Trial)
    public void openTrial(BenchmarkParams params) {
        environment = BenchEnvironment.current();
        Catalog.prepare(environment);
        BlogTables.prepare(environment);
        sessionFactory = HibernateBootstrap.sessionFactory(environment);
        if (Catalog.needsHeldItems(params)) {
            catalogue = sessionFactory.fromStatelessSession(session ->
                    session.createSelectionQuery(CATALOGUE_QUERY, ItemEntity.class).getResultList());
            expectCatalogue();
        }
    }

    /** W5 picks its entity by position, which only works on exactly the catalogue's keys 1 to 10,000. */
    private void expectCatalogue() {
        if (catalogue.size() != Catalog.ROWS) {
            throw new IllegalStateException("Hibernate loaded " + catalogue.size() + " catalogue items, expected "
                    + Catalog.ROWS);
        }
        for (int index = 0; index < catalogue.size(); index++) {
            if (catalogue.get(index).getId() != index + 1) {
                throw new IllegalStateException("Hibernate loaded key " + catalogue.get(index).getId()
                        + " at catalogue position " + index + ", expected " + (index + 1));
            }
        }
    }

    @TearDown(Level.Iteration)
    public void checkLastResults(BenchmarkParams params) {
        String contender = params.getBenchmark();
        if (inserted != null) {
            Catalog.expectStored(environment, inserted.getId(), inserted.getSku(), contender);
        }
        if (found != null) {
            Catalog.expectFound(foundKey, found.getId(), found.getSku(), contender);
        }
        if (range != null) {
            Catalog.expectRange(rangeFirst, range.stream().map(ItemEntity::getId).toList(),
                    range.stream().map(ItemEntity::getSku).toList(), contender);
        }
        if (renamed != null) {
            Catalog.expectRenamed(environment, renamedKey, renamed.getName(), contender);
        }
        if (authors != null) {
            BlogTables.check(authors, AuthorEntity::getId, AuthorEntity::getPosts, post -> post.getAuthor().getId(),
                    contender);
        }
        if (page != null) {
            Catalog.expectPage(pageNumber, page.items().stream().map(ItemEntity::getId).toList(), page.matchingRows(),
                    contender);
        }
        if (foundConcurrently != null) {
            expectFoundConcurrently(contender);
        }
        inserted = null;
        found = null;
        range = null;
        renamed = null;
        authors = null;
        page = null;
        foundConcurrently = null;
    }

    private void expectFoundConcurrently(String contender) {
        if (foundConcurrently.contains(null)) {
            throw new IllegalStateException(contender + " found nothing for one of its keys");
        }
        Catalog.expectConcurrent(concurrentCall * ConcurrentLookups.LOOKUPS,
                foundConcurrently.stream().map(ItemEntity::getId).toList(),
                foundConcurrently.stream().map(ItemEntity::getSku).toList(), contender);
    }

    /**
     * W1: {@code StatelessSession.insert} in its own transaction, which Hibernate's documentation
     * always opens for a write; the key comes from the pooled sequence, so one insert in 50 also costs
     * a {@code nextval}. Measured against {@code Session.persist} in {@code inTransaction}: as fast
     * within the noise, a third less allocated.
     */
    @Benchmark
    public ItemEntity w1InsertOne() {
        ItemEntity item = new ItemEntity(Catalog.newItem(n++));
        sessionFactory.inStatelessTransaction(session -> session.insert(item));
        inserted = item;
        return item;
    }

    /**
     * W3: {@code StatelessSession.get} by key, one statement, no transaction (a single read needs
     * none). Measured against {@code Session.find}: as fast, 3% less allocated.
     */
    @Benchmark
    public ItemEntity w3FindByKey() {
        long key = Catalog.key(n++);
        found = find(key);
        foundKey = key;
        return found;
    }

    private ItemEntity find(long key) {
        return sessionFactory.fromStatelessSession(session -> session.get(ItemEntity.class, key));
    }

    /**
     * W4: an HQL selection query with {@code between} on the key. Measured against the same query in
     * a {@code Session} with {@code setReadOnly(true)} (no snapshots for dirty checking): the same
     * time and allocation; the stateless session keeps the class on one programming model.
     */
    @Benchmark
    public List<ItemEntity> w4LoadRange() {
        long first = Catalog.rangeStart(n++);
        range = sessionFactory.fromStatelessSession(session -> session.createSelectionQuery(RANGE_QUERY, ItemEntity.class)
                .setParameter("first", first)
                .setParameter("last", first + Catalog.RANGE_ROWS - 1)
                .getResultList());
        rangeFirst = first;
        return range;
    }

    /**
     * W5: the entity loaded before the timing, renamed, written back with {@code StatelessSession.update}
     * in its own transaction: one {@code UPDATE ... WHERE id = ?} of every column, no select first.
     * Hibernate 7 has no other entity-level way: {@code Session.update} is gone, and {@code merge} of a
     * detached entity selects the row before updating it.
     */
    @Benchmark
    public ItemEntity w5UpdateByKey() {
        long call = n++;
        long key = Catalog.key(call);
        ItemEntity item = catalogue.get((int) key - 1);
        item.setName(Catalog.renamed(call));
        sessionFactory.inStatelessTransaction(session -> session.update(item));
        renamed = item;
        renamedKey = key;
        return item;
    }

    /**
     * W6: {@code join fetch} of the posts, the User Guide's answer to N+1: one statement joining both
     * tables, the authors de-duplicated by Hibernate (no {@code distinct} needed since 6.0). The
     * {@code StatelessSession} Javadoc names join fetching as the way to load associations in a
     * stateless session. Measured against a read-only {@code Session}: as fast within the noise,
     * allocation within 1%.
     */
    @Benchmark
    public List<AuthorEntity> w6AuthorsWithPosts() {
        authors = sessionFactory.fromStatelessSession(session -> session.createSelectionQuery(GRAPH_QUERY, AuthorEntity.class)
                .getResultList());
        return authors;
    }

    /**
     * W7: a count query and the page query with {@link Page}, two statements. Measured against
     * {@code SelectionQuery.getResultCount()} on the page query (Hibernate 6.5+), which sends the same
     * {@code select count(*)} but derives and plans it anew on every call (the plan of an HQL count
     * query is cached): about 8 KB more allocated per call, no faster.
     */
    @Benchmark
    public ItemPage w7FilteredPage() {
        int number = Catalog.pageNumber(n++);
        page = sessionFactory.fromStatelessSession(session -> {
            long matchingRows = session.createSelectionQuery(PAGE_COUNT_QUERY, Long.class)
                    .setParameter("minimum", Catalog.MIN_QUANTITY)
                    .getSingleResult();
            List<ItemEntity> items = session.createSelectionQuery(PAGE_QUERY, ItemEntity.class)
                    .setParameter("minimum", Catalog.MIN_QUANTITY)
                    .setPage(Page.page(Catalog.PAGE_SIZE, number - 1))
                    .getResultList();
            return new ItemPage(items, matchingRows);
        });
        pageNumber = number;
        return page;
    }

    /**
     * W8: {@value Catalog#VIRTUAL_THREADS} virtual threads doing {@value Catalog#FINDS_PER_THREAD}
     * {@link #w3FindByKey} lookups each, a session per lookup, on the pool of 10 (the threads wait in
     * HikariCP for a connection). Measured against {@code Session.find}: within the noise, about 6%
     * less allocated.
     */
    @Benchmark
    public List<ItemEntity> w8VirtualThreads() throws InterruptedException, ExecutionException {
        long call = n++;
        foundConcurrently = ConcurrentLookups.run(call, this::find);
        concurrentCall = call;
        return foundConcurrently;
    }
}
