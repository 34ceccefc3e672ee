package dev.tusk.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Transaction;
import dev.tusk.TxOptions;
import dev.tusk.exception.CommitOutcomeUnknownException;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.DeadlockException;
import dev.tusk.exception.SerializationFailureException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries re-run the whole callback on a real serialization failure (40001) and a real deadlock
 * (40P01), forced with two threads that meet at a barrier; nothing else is retried, and a commit
 * whose outcome is unknown never is.
 */
@TuskTest
class RetryTest {
    private static final Duration QUICK = Duration.ofMillis(5);
    /** One thread per transaction: the common pool has a single thread on two cores, and the two must meet. */
    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Account.TABLE);
        database.execute("""
                create table tx_doctor (name text primary key, on_call boolean not null);
                """);
    }

    @BeforeEach
    void rows(TestDatabase database) {
        database.execute("""
                truncate tx_account restart identity;
                truncate tx_doctor;
                insert into tx_account (owner, balance) values ('a', 100), ('b', 100);
                insert into tx_doctor values ('alice', true), ('bob', true);
                """);
    }

    /**
     * Write skew under SERIALIZABLE: both read that two doctors are on call, each takes one off.
     * One of the two must fail with 40001; retried, it sees only one doctor on call and stays.
     */
    @Test
    void aRealSerializationFailureIsRetriedAndTheRetrySeesTheCommittedState(Database db) throws Exception {
        CyclicBarrier bothRead = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        TxOptions options = TxOptions.serializable().retries(3).backoff(QUICK, QUICK);

        List<CompletableFuture<Boolean>> doctors = List.of("alice", "bob").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> db.withTransaction(options, tx -> {
                    int attempt = attempts.incrementAndGet();
                    long onCall = tx.sql("select count(*) from tx_doctor where on_call").one(Long.class);
                    if (attempt <= 2) {
                        await(bothRead); // the first two attempts read before either writes
                    }
                    if (onCall < 2) {
                        return false;
                    }
                    tx.sql("update tx_doctor set on_call = false where name = :name").bind("name", name).execute();
                    return true;
                }), THREADS)).toList();

        List<Boolean> wentOff = doctors.stream().map(CompletableFuture::join).toList();

        assertThat(attempts.get()).as("one callback ran twice").isEqualTo(3);
        assertThat(wentOff).containsExactlyInAnyOrder(true, false);
        assertThat(db.sql("select count(*) from tx_doctor where on_call").one(Long.class)).isEqualTo(1);
    }

    @Test
    void withoutRetriesTheSerializationFailureReachesTheCaller(Database db) {
        CyclicBarrier bothRead = new CyclicBarrier(2);
        List<CompletableFuture<Throwable>> doctors = List.of("alice", "bob").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> db.withTransaction(TxOptions.serializable(), tx -> {
                    tx.sql("select count(*) from tx_doctor where on_call").one(Long.class);
                    await(bothRead);
                    tx.sql("update tx_doctor set on_call = false where name = :name").bind("name", name).execute();
                    return (Throwable) null;
                }), THREADS).exceptionally(failure -> failure.getCause())).toList();

        List<Throwable> failures = doctors.stream().map(CompletableFuture::join).toList();

        assertThat(failures).filteredOn(failure -> failure != null).singleElement()
                .isInstanceOf(SerializationFailureException.class);
        assertThat(db.sql("select count(*) from tx_doctor where on_call").one(Long.class)).isEqualTo(1);
    }

    /** Two transfers lock the two accounts in opposite order: PostgreSQL aborts one with 40P01, which is retried. */
    @Test
    void aRealDeadlockIsRetriedAndBothTransfersLand(Database db) {
        CyclicBarrier bothLockedFirst = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        TxOptions options = TxOptions.defaults().retries(2).backoff(QUICK, QUICK);

        CompletableFuture<Void> aToB = CompletableFuture.runAsync(() -> db.useTransaction(options,
                tx -> transfer(tx, "a", "b", 10, attempts, bothLockedFirst)), THREADS);
        CompletableFuture<Void> bToA = CompletableFuture.runAsync(() -> db.useTransaction(options,
                tx -> transfer(tx, "b", "a", 30, attempts, bothLockedFirst)), THREADS);
        CompletableFuture.allOf(aToB, bToA).join();

        assertThat(attempts.get()).as("the deadlock victim ran again").isEqualTo(3);
        assertThat(db.sql("select balance from tx_account order by owner").list(Long.class)).containsExactly(120L, 80L);
    }

    @Test
    void aDeadlockWithoutRetriesReachesTheCaller(Database db) {
        CyclicBarrier bothLockedFirst = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();

        CompletableFuture<Throwable> aToB = CompletableFuture.runAsync(() -> db.useTransaction(
                tx -> transfer(tx, "a", "b", 10, attempts, bothLockedFirst)), THREADS).handle((ok, failure) -> failure);
        CompletableFuture<Throwable> bToA = CompletableFuture.runAsync(() -> db.useTransaction(
                tx -> transfer(tx, "b", "a", 30, attempts, bothLockedFirst)), THREADS).handle((ok, failure) -> failure);

        List<Throwable> failures = java.util.Arrays.asList(aToB.join(), bToA.join());
        assertThat(failures).filteredOn(failure -> failure != null).singleElement()
                .satisfies(failure -> assertThat(failure).hasCauseInstanceOf(DeadlockException.class));
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void otherFailuresAreNotRetried(Database db) {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> db.useTransaction(TxOptions.defaults().retries(5).backoff(QUICK, QUICK), tx -> {
            attempts.incrementAndGet();
            tx.insert(Account.of("a", 1));
        })).isInstanceOf(ConstraintViolationException.class);

        assertThat(attempts.get()).isEqualTo(1);
    }

    @Test
    void aWrappedSerializationFailureIsRetriedAndTheLastFailureIsThrownWhenRetriesRunOut(Database db) {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException last = new RuntimeException("attempt 3");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> db.useTransaction(
                TxOptions.defaults().retries(2).backoff(QUICK, QUICK), tx -> {
                    int attempt = attempts.incrementAndGet();
                    try {
                        tx.sql("select raise_serialization_failure()").rows();
                    } catch (RuntimeException failure) {
                        throw attempt == 3 ? new RuntimeException("attempt 3", failure)
                                : new IllegalStateException("wrapped", failure);
                    }
                }));

        assertThat(attempts.get()).isEqualTo(3);
        assertThat(thrown).hasMessage(last.getMessage()).hasCauseInstanceOf(SerializationFailureException.class);
    }

    /**
     * A deferred constraint trigger sleeps during COMMIT; meanwhile another connection terminates
     * the backend. The outcome is unknown to the client, so it is reported and never retried.
     */
    @Test
    void aConnectionLostDuringCommitRaisesCommitOutcomeUnknownAndIsNotRetried(Database db, TestDatabase database)
            throws Exception {
        database.execute("""
                create table tx_slow_commit (id int primary key);
                create function tx_sleep_at_commit() returns trigger language plpgsql as
                    $$ begin perform pg_sleep(5); return null; end $$;
                create constraint trigger tx_slow_commit_check after insert on tx_slow_commit
                    deferrable initially deferred for each row execute function tx_sleep_at_commit();
                """);
        AtomicInteger attempts = new AtomicInteger();
        try (Connection killer = database.connection()) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> db.useTransaction(
                    TxOptions.defaults().retries(3).backoff(QUICK, QUICK), tx -> {
                        attempts.incrementAndGet();
                        int pid = tx.sql("select pg_backend_pid()").one(Integer.class);
                        tx.sql("insert into tx_slow_commit values (1)").execute();
                        CompletableFuture.runAsync(() -> terminateWhileCommitting(killer, pid), THREADS);
                    }));

            assertThat(thrown).isInstanceOf(CommitOutcomeUnknownException.class)
                    .hasMessageContaining("may or may not have been committed");
        }
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(db.sql("select count(*) from tx_slow_commit").one(Long.class)).isZero();
    }

    @BeforeEach
    void serializationFailureFunction(TestDatabase database) {
        database.execute("""
                create or replace function raise_serialization_failure() returns void language plpgsql as
                    $$ begin raise exception 'could not serialize' using errcode = '40001'; end $$;
                """);
    }

    private static void transfer(Transaction tx, String from, String to, long amount, AtomicInteger attempts,
                                 CyclicBarrier bothLockedFirst) {
        int attempt = attempts.incrementAndGet();
        tx.sql("set local deadlock_timeout = '50ms'").execute();
        tx.sql("update tx_account set balance = balance - :amount where owner = :owner")
                .bind("amount", amount).bind("owner", from).execute();
        if (attempt <= 2) {
            await(bothLockedFirst);
        }
        tx.sql("update tx_account set balance = balance + :amount where owner = :owner")
                .bind("amount", amount).bind("owner", to).execute();
    }

    /** Waits until the backend is inside COMMIT (sleeping in the deferred trigger), then terminates it. */
    private static void terminateWhileCommitting(Connection killer, int pid) {
        try (Statement statement = killer.createStatement()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                try (var rows = statement.executeQuery("select query from pg_stat_activity where pid = " + pid
                        + " and wait_event = 'PgSleep'")) {
                    if (rows.next()) {
                        statement.execute("select pg_terminate_backend(" + pid + ")");
                        return;
                    }
                }
                Thread.sleep(10);
            }
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new IllegalStateException("the other transaction did not arrive", failure);
        }
    }
}
