package dev.tusk.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tusk.Database;
import dev.tusk.TxOptions;
import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** db.async, withTransactionAsync, useTransactionAsync: where the work runs, results, failures, the limit. */
@dev.tusk.test.TuskTest
class AsyncTest {
    private static final long WAIT_SECONDS = 10;

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("create table async_item (id bigserial primary key, name text not null unique)");
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate async_item restart identity");
    }

    record Where(boolean virtual, String threadName, String answer) {
    }

    @Test
    void asyncRunsTheWorkOnAVirtualThreadOfItsOwn(Database db) throws Exception {
        CompletableFuture<Where> future = db.async(ops -> new Where(Thread.currentThread().isVirtual(),
                Thread.currentThread().getName(), ops.sql("select 'ok'").one(String.class)));

        Where where = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(where.virtual()).isTrue();
        assertThat(where.threadName()).startsWith("tusk-async-").isNotEqualTo(Thread.currentThread().getName());
        assertThat(where.answer()).isEqualTo("ok");
    }

    @Test
    void asyncCompletesWithTheResultOfTheWork(Database db) {
        db.insertAll(List.of(Item.named("a"), Item.named("b")));

        CompletableFuture<Long> count = db.async(ops -> ops.from(Item.class).count());

        assertThat(count.join()).isEqualTo(2);
    }

    @Test
    void asyncWorkDoesNotJoinTheCallersTransaction(Database db) {
        long seenByAsync = db.withTransaction(tx -> {
            tx.insert(Item.named("uncommitted"));
            return db.async(ops -> ops.from(Item.class).count()).join();   // another thread, another connection
        });

        assertThat(seenByAsync).isZero();
        assertThat(db.from(Item.class).count()).isEqualTo(1);
    }

    @Test
    void asyncWorkMayOpenItsOwnTransaction(Database db) {
        CompletableFuture<Item> saved = db.async(ops -> ops.withTransaction(tx -> tx.insert(Item.named("alice"))));

        assertThat(saved.join().id()).isEqualTo(1L);
        assertThat(db.from(Item.class).count()).isEqualTo(1);
    }

    @Test
    void withTransactionAsyncCommitsAndCompletesWithTheResult(Database db) {
        CompletableFuture<Item> saved = db.withTransactionAsync(tx -> {
            Item alice = tx.insert(Item.named("alice"));
            tx.insert(Item.named("bob"));
            return alice;
        });

        assertThat(saved.join().name()).isEqualTo("alice");
        assertThat(db.from(Item.class).count()).isEqualTo(2);
    }

    @Test
    void useTransactionAsyncCompletesWithNullAfterTheCommit(Database db) {
        CompletableFuture<Void> done = db.useTransactionAsync(tx -> tx.insert(Item.named("alice")));

        assertThat(done.join()).isNull();
        assertThat(db.from(Item.class).count()).isEqualTo(1);
    }

    @Test
    void withTransactionAsyncTakesOptions(Database db) {
        CompletableFuture<String> level = db.withTransactionAsync(TxOptions.serializable(),
                tx -> tx.sql("show transaction_isolation").one(String.class));
        CompletableFuture<Void> write = db.useTransactionAsync(TxOptions.defaults().readOnly(true),
                tx -> tx.insert(Item.named("refused")));

        assertThat(level.join()).isEqualTo("serializable");
        assertThat(catchThrowable(write::join)).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(DatabaseException.class).hasMessageContaining("25006");
    }

    @Test
    void aThrowingCallbackRollsBackAndTheFutureCarriesTheSameThrowable(Database db) throws InterruptedException {
        IOException disk = new IOException("disk full");

        CompletableFuture<Void> future = db.useTransactionAsync(tx -> {
            tx.insert(Item.named("alice"));
            throw disk;                                 // a checked exception: rolls back
        });

        Throwable joined = catchThrowable(future::join);
        assertThat(joined).isInstanceOf(CompletionException.class).cause().isSameAs(disk);
        try {
            future.get();
        } catch (ExecutionException failed) {
            assertThat(failed.getCause()).isSameAs(disk);
        }
        assertThat(future).isCompletedExceptionally();
        assertThat(db.from(Item.class).count()).isZero();
    }

    @Test
    void asyncWorkThatThrowsCompletesTheFutureWithTheThrowableAsIs(Database db) {
        Exception checked = new Exception("checked");
        Error error = new AssertionError("an error");

        CompletableFuture<Integer> first = db.async(ops -> {
            throw checked;
        });
        CompletableFuture<Integer> second = db.async(ops -> {
            throw error;
        });

        assertThat(catchThrowable(first::join)).cause().isSameAs(checked);
        assertThat(catchThrowable(second::join)).cause().isSameAs(error);
    }

    @Test
    void aNullCallbackOrNullOptionsAreRefusedAtOnceWithNoFuture(Database db) {
        assertThatThrownBy(() -> db.async(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("async(work): work must not be null");
        assertThatThrownBy(() -> db.withTransactionAsync(null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.withTransactionAsync(null, tx -> 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("TxOptions.defaults()");
        assertThatThrownBy(() -> db.useTransactionAsync(null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.useTransactionAsync(TxOptions.defaults(), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theConcurrencyLimitDefaultsToThePoolSizeAndIsValidated(Database db, TestDatabase database) {
        assertThat(db.asyncConcurrency()).as("around a DataSource Tusk cannot size").isEqualTo(10);
        try (Database three = Database.builder().url(database.jdbcUrl()).user(database.user())
                .password(database.password()).pool(0, 3).build();                                 // 3 at once
             Database two = Database.builder().dataSource(three.dataSource()).asyncConcurrency(2).build();
             HikariDataSource hikari = hikari(database, 7);
             Database wrapped = Database.of(hikari)) {
            assertThat(three.asyncConcurrency()).isEqualTo(3);
            assertThat(two.asyncConcurrency()).isEqualTo(2);
            assertThat(wrapped.asyncConcurrency()).isEqualTo(7);
        }
        assertThatThrownBy(() -> Database.builder().asyncConcurrency(0)).isInstanceOf(ConfigurationException.class)
                .hasMessage("asyncConcurrency must be at least 1, got 0; it is how many async tasks run at once"
                        + " (default: the pool's maximum size)");
    }

    @Test
    void tasksBeyondTheLimitWaitForATurn(Database db) {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        try (Database two = Database.builder().dataSource(db.dataSource()).asyncConcurrency(2).build()) {
            List<CompletableFuture<Integer>> futures = new ArrayList<>();
            for (int task = 0; task < 20; task++) {
                int number = task;
                futures.add(two.async(ops -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        return ops.sql("select :n from pg_sleep(0.01)").bind("n", number).one(Integer.class);
                    } finally {
                        running.decrementAndGet();
                    }
                }));
            }

            assertThat(futures.stream().map(CompletableFuture::join).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
        }
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void stagesChainedOnTheFutureRunAfterThePermitIsGivenBack(Database db) throws Exception {
        CountDownLatch chained = new CountDownLatch(1);
        try (Database one = Database.builder().dataSource(db.dataSource()).asyncConcurrency(1).build()) {
            CompletableFuture<Integer> first = one.async(ops -> {
                chained.await();
                return 1;
            });
            // runs on the first task's thread when it completes; it would wait forever for the only permit
            CompletableFuture<Integer> second = first.thenApply(value -> one.async(ops -> value + 1).join());
            chained.countDown();

            assertThat(second.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(2);
        }
    }

    private static HikariDataSource hikari(TestDatabase database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }
}
