package dev.tusk.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.tusk.Database;
import dev.tusk.exception.QueryTimeoutException;
import dev.tusk.exception.TuskException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an async future (or completing it from outside, as {@code orTimeout} does) stops its
 * work: the running statement is cancelled on the server and the connection survives, a wait for a
 * connection or a permit is woken, the next statement and the COMMIT are refused, and a task
 * cancelled before it started never runs. Each test uses a pool of one connection, so that "the
 * same backend pid afterwards" proves the connection was reused, not replaced. No task's virtual
 * thread (nor one sending a cancel request) is pinned in the whole class.
 */
@TuskTest
class AsyncCancelTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    private static final Duration STARTS_WITHIN = Duration.ofSeconds(10);
    private static final String SLEEP = "pg_sleep(30)";
    private static PinningRecorder pinning;

    private final String application = "tusk-async-cancel-" + System.nanoTime();

    @BeforeAll
    static void tables(TestDatabase database) throws Exception {
        database.execute("create table async_item (id bigserial primary key, name text not null unique)");
        warmUp(database);
        pinning = PinningRecorder.start();
    }

    /**
     * Runs each path once before the recording starts, so that classes are loaded and initialized:
     * a virtual thread waiting for another thread's class initialization is pinned (JDK 25 still
     * pins there), once per class, which is not what the recording is about.
     */
    private static void warmUp(TestDatabase database) throws Exception {
        try {
            runEachPathOnce(database);
        } catch (Exception | AssertionError failed) {
            // the tests below check each path and fail with a better message; this only loads classes
            System.out.println("async cancel tests: the warm-up failed: " + failed);
        }
    }

    private static void runEachPathOnce(TestDatabase database) throws Exception {
        try (Database db = Database.builder().url(database.jdbcUrl()).user(database.user())
                .password(database.password()).pool(0, 1).applicationName("tusk-async-warm-up").build()) {
            db.async(ops -> ops.copy(Item.class, List.of(Item.named("warm"))))
                    .thenCompose(copied -> db.async(ops -> {
                        try (Stream<Item> rows = ops.from(Item.class).stream()) {
                            return rows.count();
                        }
                    })).get(10, TimeUnit.SECONDS);
            CompletableFuture<Integer> sleeping = db.withTransactionAsync(   // short: the tests check the cancel, not this
                    tx -> tx.sql("select 1 from pg_sleep(2)").one(Integer.class));
            ServerActivity.await(STARTS_WITHIN, () -> ServerActivity.running(database, "tusk-async-warm-up", "pg_sleep") == 1);
            sleeping.cancel(true);
            db.sql("select 1").one(Integer.class);
        }
    }

    @AfterAll
    static void nothingPinned() throws Exception {
        try (PinningRecorder recorder = pinning) {
            List<RecordedEvent> pinned = recorder.stop();
            List<RecordedEvent> tuskPinned = PinningRecorder.onTuskThreads(pinned);
            System.out.printf("async cancel tests: %d jdk.VirtualThreadPinned events (%d on tusk-async threads)%n",
                    pinned.size(), tuskPinned.size());
            System.out.print(PinningRecorder.describe(pinned));
            assertThat(tuskPinned).as("tusk-async threads pinned:%n%s", PinningRecorder.describe(tuskPinned)).isEmpty();
        }
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate async_item restart identity");
    }

    @Test
    void cancellingTheFutureCancelsItsRunningStatementAndTheConnectionLivesOn(TestDatabase database) throws Exception {
        try (Database db = single(database, 1)) {
            int backend = db.sql("select pg_backend_pid()").one(Integer.class);
            AtomicReference<TuskException> seen = new AtomicReference<>();

            CompletableFuture<Integer> sleeping = db.async(ops -> {
                try {
                    return ops.sql("select 1 from pg_sleep(30)").one(Integer.class);
                } catch (TuskException cancelled) {
                    seen.set(cancelled);                // what the task itself sees
                    throw cancelled;
                }
            });
            awaitRunning(database);
            boolean cancelled = sleeping.cancel(true);

            assertThat(cancelled).isTrue();
            assertThat(sleeping).isCancelled();
            Duration stopped = awaitStopped(database);
            assertThat(stopped).as("pg_sleep still running").isNotNull();
            System.out.printf("async cancel tests: pg_sleep(30) gone from pg_stat_activity %d ms after cancel%n",
                    stopped.toMillis());
            assertThat(db.sql("select pg_backend_pid()").one(Integer.class)).as("the same connection").isEqualTo(backend);
            assertThat(ServerActivity.await(PROMPTLY, () -> seen.get() != null)).isNotNull();
            assertThat(seen.get()).isInstanceOf(QueryTimeoutException.class);
            assertThat(seen.get().sqlState()).isEqualTo("57014");
        }
    }

    @Test
    void cancellingATransactionRollsItBackAndTheConnectionGoesBackClean(TestDatabase database) throws Exception {
        try (Database db = single(database, 1)) {
            int backend = db.sql("select pg_backend_pid()").one(Integer.class);

            CompletableFuture<Void> transfer = db.useTransactionAsync(tx -> {
                tx.insert(Item.named("written before the cancel"));
                tx.sql("select 1 from pg_sleep(30)").one(Integer.class);
            });
            awaitRunning(database);
            transfer.cancel(true);

            assertThat(awaitStopped(database)).as("pg_sleep still running").isNotNull();
            assertThat(db.from(Item.class).count()).isZero();   // waits for the only connection: rolled back
            assertThat(db.sql("select pg_backend_pid()").one(Integer.class)).isEqualTo(backend);
            assertThat(ServerActivity.inState(database, application, "idle")).isEqualTo(1);
        }
    }

    @Test
    void completingTheFutureFromOutsideStopsTheWorkLikeCancel(TestDatabase database) throws Exception {
        try (Database db = single(database, 1)) {
            int backend = db.sql("select pg_backend_pid()").one(Integer.class);

            CompletableFuture<Integer> slow = db.async(ops -> ops.sql("select 1 from pg_sleep(30)").one(Integer.class))
                    .orTimeout(500, TimeUnit.MILLISECONDS);

            assertThat(catchThrowable(slow::join)).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(TimeoutException.class);
            assertThat(awaitStopped(database)).as("pg_sleep still running").isNotNull();
            assertThat(db.sql("select pg_backend_pid()").one(Integer.class)).isEqualTo(backend);
        }
    }

    @Test
    void aTaskCancelledWhileWaitingForItsTurnNeverRuns(TestDatabase database) throws Exception {
        try (Database db = single(database, 1)) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean ran = new AtomicBoolean();
            CompletableFuture<Integer> first = db.async(ops -> {   // takes the only permit
                holding.countDown();
                release.await();
                return 1;
            });
            holding.await();

            CompletableFuture<Integer> second = db.async(ops -> {  // waits for the permit
                ran.set(true);
                ops.insert(Item.named("never"));
                return 2;
            });
            Thread.sleep(200);                                     // long enough to be waiting for its turn
            second.cancel(true);
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(db.async(ops -> 3).get(10, TimeUnit.SECONDS)).as("the permit was given back").isEqualTo(3);
            assertThat(ran).isFalse();
            assertThat(db.from(Item.class).count()).isZero();
        }
    }

    @Test
    void cancellingATaskThatWaitsForAConnectionWakesItAtOnce(TestDatabase database) throws Exception {
        try (Database db = single(database, 2)) {      // two tasks at once, one connection
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = db.useTransactionAsync(tx -> {
                tx.sql("select 1").one(Integer.class);
                holding.countDown();
                release.await();
            });
            holding.await();
            CountDownLatch woken = new CountDownLatch(1);
            CompletableFuture<Integer> waiter = db.async(ops -> {
                try {
                    return ops.sql("select 2").one(Integer.class);
                } finally {
                    woken.countDown();
                }
            });
            HikariDataSource pool = (HikariDataSource) db.dataSource();
            assertThat(ServerActivity.await(STARTS_WITHIN,
                    () -> pool.getHikariPoolMXBean().getThreadsAwaitingConnection() == 1)).isNotNull();

            waiter.cancel(true);

            assertThat(woken.await(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS))
                    .as("woken well before the pool's 10 s connection timeout").isTrue();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertThat(db.sql("select 3").one(Integer.class)).isEqualTo(3);
        }
    }

    @Test
    void aTaskCancelledBetweenStatementsRunsNoFurtherStatementAndDoesNotCommit(TestDatabase database)
            throws Exception {
        try (Database db = single(database, 1)) {
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch cancelled = new CountDownLatch(1);
            AtomicReference<Throwable> refused = new AtomicReference<>();
            AtomicBoolean interrupted = new AtomicBoolean();

            CompletableFuture<Void> future = db.useTransactionAsync(tx -> {
                tx.insert(Item.named("first"));
                inserted.countDown();
                cancelled.await();                          // the task's own code: not interrupted
                interrupted.set(Thread.currentThread().isInterrupted());
                try {
                    tx.insert(Item.named("second"));
                } catch (QueryTimeoutException notRun) {
                    refused.set(notRun);                    // swallowed: the callback returns normally
                }
            });
            inserted.await();
            future.cancel(true);
            cancelled.countDown();

            assertThat(db.from(Item.class).count()).as("COMMIT refused: rolled back").isZero();
            assertThat(refused.get()).isInstanceOf(QueryTimeoutException.class)
                    .hasMessageStartingWith("not run: the async task it belongs to was cancelled");
            assertThat(interrupted).isFalse();
        }
    }

    @Test
    void cancellingAStreamStopsItBeforeTheNextRow(TestDatabase database) throws Exception {
        database.execute("insert into async_item (name) select 'item ' || g from generate_series(1, 10000) g");
        try (Database db = single(database, 1)) {
            int backend = db.sql("select pg_backend_pid()").one(Integer.class);
            CountDownLatch hundred = new CountDownLatch(1);
            CountDownLatch resume = new CountDownLatch(1);
            AtomicInteger read = new AtomicInteger();
            AtomicReference<Throwable> stopped = new AtomicReference<>();
            CountDownLatch finished = new CountDownLatch(1);

            CompletableFuture<Integer> reading = db.async(ops -> {
                try (Stream<Item> rows = ops.from(Item.class).stream()) {
                    rows.forEach(row -> {
                        if (read.incrementAndGet() == 100) {
                            hundred.countDown();
                            awaitQuietly(resume);
                        }
                    });
                } catch (QueryTimeoutException cancelled) {
                    stopped.set(cancelled);
                } finally {
                    finished.countDown();
                }
                return read.get();
            });
            hundred.await();
            reading.cancel(true);
            resume.countDown();

            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(db.sql("select pg_backend_pid()").one(Integer.class)).isEqualTo(backend);
            assertThat(read.get()).isEqualTo(100);
            assertThat(stopped.get()).hasMessageStartingWith("stream stopped: the async task it belongs to was cancelled");
        }
    }

    @Test
    void cancellingACopyStopsItAndStoresNothing(TestDatabase database) throws Exception {
        try (Database db = single(database, 1)) {
            int backend = db.sql("select pg_backend_pid()").one(Integer.class);
            CountDownLatch thousand = new CountDownLatch(1);
            CountDownLatch resume = new CountDownLatch(1);
            AtomicInteger produced = new AtomicInteger();
            Iterator<Item> rows = Stream.iterate(1, n -> n <= 200_000, n -> n + 1).map(n -> {
                produced.set(n);
                if (n == 1_000) {
                    thousand.countDown();
                    awaitQuietly(resume);
                }
                return Item.named("copied " + n);
            }).iterator();

            CompletableFuture<Long> copying = db.async(ops -> ops.copy(Item.class, rows));
            thousand.await();
            copying.cancel(true);
            resume.countDown();

            assertThat(db.sql("select pg_backend_pid()").one(Integer.class)).isEqualTo(backend);
            assertThat(db.from(Item.class).count()).isZero();
            assertThat(produced.get()).as("rows read from the iterator").isLessThanOrEqualTo(1_001);
        }
    }

    /** A pool of one connection, with its own application name, running {@code tasks} async tasks at once. */
    private Database single(TestDatabase database, int tasks) {
        return Database.builder().url(database.jdbcUrl()).user(database.user()).password(database.password())
                .pool(0, 1).applicationName(application).asyncConcurrency(tasks).build();
    }

    private void awaitRunning(TestDatabase database) throws Exception {
        assertThat(ServerActivity.await(STARTS_WITHIN, () -> ServerActivity.running(database, application, SLEEP) == 1))
                .as("pg_sleep started").isNotNull();
    }

    /** How long until the pg_sleep stopped running, or null when it did not within {@link #PROMPTLY}. */
    private Duration awaitStopped(TestDatabase database) throws Exception {
        return ServerActivity.await(PROMPTLY, () -> ServerActivity.running(database, application, SLEEP) == 0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
