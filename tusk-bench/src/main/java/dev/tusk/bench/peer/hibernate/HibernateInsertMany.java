package dev.tusk.bench.peer.hibernate;

import dev.tusk.bench.data.InsertManyFixture;
import dev.tusk.bench.data.ItemTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W2 with Hibernate ORM: insert {@link #rows} items into an empty table in one transaction and hand
 * them back with their keys, shaped like {@link dev.tusk.bench.bulk.InsertManyBenchmark}: one
 * invocation is one whole load, timed alone; emptying the table before and checking its content and
 * the returned keys after are outside the timing.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HibernateInsertMany extends InsertManyFixture {
    private SessionFactory sessionFactory;
    private List<ItemEntity> saved;

    @Override
    protected void openLibrary() {
        sessionFactory = HibernateBootstrap.sessionFactory(environment);
    }

    @Override
    protected void forgetSaved() {
        saved = null;
    }

    @Override
    protected void checkKeys(String contender) {
        if (saved == null) {
            throw new IllegalStateException(contender + " returned nothing, expected " + items.size() + " items");
        }
        ItemTable.expectKeys(environment, items, saved.stream().map(ItemEntity::getId).toList(),
                saved.stream().map(ItemEntity::getSku).toList(), contender);
    }

    /**
     * {@code StatelessSession.insertMultiple} in one transaction: the {@code StatelessSession}
     * Javadoc's preferred way to batch in a stateless session (Hibernate 7 does not apply
     * {@code hibernate.jdbc.batch_size} there). It sends the whole list as one JDBC batch, which
     * pgjdbc rewrites into multi-row inserts; the keys come from the pooled sequence, one
     * {@code nextval} per 50 rows. The entities are made inside the timing: Hibernate needs its own
     * objects, and a persisted one cannot be inserted again.
     *
     * <p>Measured against the batching chapter's other way, {@code Session.persist} with
     * {@code flush()} and {@code clear()} every {@code batch_size} (50) rows: about 205 against
     * 290 ms, with 17% less allocated, as the stateless session skips the persistence context and
     * its flush. A stateless session with {@code setJdbcBatchSize(50)} and one {@code insert} per row
     * was as fast as {@code insertMultiple}.
     */
    @Benchmark
    public List<ItemEntity> w2InsertAll() {
        List<ItemEntity> entities = items.stream().map(ItemEntity::new).toList();
        sessionFactory.inStatelessTransaction(session -> session.insertMultiple(entities));
        saved = entities;
        return entities;
    }
}
