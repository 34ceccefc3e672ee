package dev.tusk.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.tusk.Database;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A flood: 1,000 futures on a pool of 10 connections. All complete with the right results, no more
 * than 10 run (or hold server connections) at once, the rest wait for a permit instead of queueing
 * in the pool, and no task's virtual thread is ever pinned to its carrier. A warm-up of 100 tasks runs
 * first, recorded apart: a virtual thread that waits while another initializes a class it needs is
 * pinned for that wait (JDK 25 still pins there), and that happens once per class, not per task.
 */
@TuskTest
class AsyncFloodTest {
    private static final int TASKS = 1_000;
    /** Tasks run first, so that classes load (and initialize) before the flood is recorded. */
    private static final int WARM_UP = 100;
    private static final int POOL = 10;
    private static final String APPLICATION = "tusk-async-flood";

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("create table async_item (id bigserial primary key, name text not null unique)");
    }

    @Test
    void aThousandFuturesOnAPoolOfTenAllCompleteWithinTheLimitAndNothingPins(TestDatabase database) throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<RecordedEvent> warmUpPinned;
        List<RecordedEvent> pinned;
        List<Integer> results = new ArrayList<>();
        Sampler sampler;
        try (Database pool = Database.builder().url(database.jdbcUrl()).user(database.user())
                .password(database.password()).pool(0, POOL).applicationName(APPLICATION).build()) {
            try (PinningRecorder warmUp = PinningRecorder.start()) {
                runAll(pool, WARM_UP, 0, new AtomicInteger(), new AtomicInteger());
                warmUpPinned = warmUp.stop();
            }
            try (PinningRecorder pinning = PinningRecorder.start();
                 Sampler sampling = Sampler.start(database, ((HikariDataSource) pool.dataSource()).getHikariPoolMXBean())) {
                sampler = sampling;
                results.addAll(runAll(pool, TASKS, WARM_UP, running, mostAtOnce));
                sampler.stop();
                pinned = pinning.stop();
            }
            assertThat(pool.from(Item.class).count()).isEqualTo((WARM_UP + TASKS) / 2);
        }

        List<RecordedEvent> tuskPinned = PinningRecorder.onTuskThreads(pinned);
        System.out.printf("async flood: warm-up of %d tasks: %d jdk.VirtualThreadPinned events (%s); then %d tasks:"
                        + " at most %d at once, %d server connections, %d threads waiting in the pool,"
                        + " %d jdk.VirtualThreadPinned events (%d on tusk-async threads)%n", WARM_UP,
                warmUpPinned.size(), PinningRecorder.where(warmUpPinned), TASKS, mostAtOnce.get(),
                sampler.mostConnections, sampler.mostWaiting, pinned.size(), tuskPinned.size());
        System.out.print(PinningRecorder.describe(pinned));
        for (int task = 0; task < TASKS; task++) {
            assertThat(results.get(task)).as("result of task %d", task).isEqualTo((WARM_UP + task) * 2);
        }
        assertThat(mostAtOnce.get()).as("tasks running at once").isLessThanOrEqualTo(POOL).isGreaterThan(1);
        assertThat(sampler.mostConnections).as("server connections of the pool").isBetween(1, POOL);
        assertThat(sampler.mostWaiting).as("threads queued inside HikariCP for a connection")
                .isLessThanOrEqualTo(POOL);
        assertThat(tuskPinned).as("tusk-async threads pinned:%n%s", PinningRecorder.describe(tuskPinned)).isEmpty();
    }

    /** Submits {@code count} tasks numbered from {@code first}, all at once, and returns their results in order. */
    private static List<Integer> runAll(Database pool, int count, int first, AtomicInteger running,
                                        AtomicInteger mostAtOnce) throws Exception {
        List<CompletableFuture<Integer>> futures = new ArrayList<>(count);
        for (int task = first; task < first + count; task++) {
            futures.add(submit(pool, task, running, mostAtOnce));
        }
        List<Integer> results = new ArrayList<>(count);
        for (CompletableFuture<Integer> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Even tasks read through {@code async}, odd ones write through {@code withTransactionAsync}; each returns task * 2. */
    private static CompletableFuture<Integer> submit(Database pool, int task, AtomicInteger running,
                                                     AtomicInteger mostAtOnce) {
        if (task % 2 == 0) {
            return pool.async(ops -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    return ops.sql("select :n * 2 from pg_sleep(0.002)").bind("n", task).one(Integer.class);
                } finally {
                    running.decrementAndGet();
                }
            });
        }
        return pool.withTransactionAsync(tx -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Item saved = tx.insert(Item.named("task " + task));
                return tx.sql("select :n * 2 from pg_sleep(0.002) where :id > 0").bind("n", task)
                        .bind("id", saved.id()).one(Integer.class);
            } finally {
                running.decrementAndGet();
            }
        });
    }

    /** Samples, on a platform thread, the pool's server connections (pg_stat_activity) and HikariCP's waiting threads. */
    private static final class Sampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean stop;
        private volatile Exception failure;
        volatile int mostConnections;
        volatile int mostWaiting;

        private Sampler(TestDatabase database, HikariPoolMXBean hikari) {
            thread = Thread.ofPlatform().name("async-flood-sampler").start(() -> run(database, hikari));
        }

        static Sampler start(TestDatabase database, HikariPoolMXBean hikari) {
            return new Sampler(database, hikari);
        }

        private void run(TestDatabase database, HikariPoolMXBean hikari) {
            try (Connection connection = database.connection()) {
                while (!stop) {
                    mostConnections = Math.max(mostConnections, ServerActivity.connections(connection, APPLICATION));
                    mostWaiting = Math.max(mostWaiting, hikari.getThreadsAwaitingConnection());
                    Thread.sleep(2);
                }
            } catch (Exception failed) {
                failure = failed;
            }
        }

        void stop() throws Exception {
            close();
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void close() {
            stop = true;
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
