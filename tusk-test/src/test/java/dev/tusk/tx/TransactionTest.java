package dev.tusk.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tusk.Database;
import dev.tusk.Transaction;
import dev.tusk.exception.ConnectionException;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** withTransaction and useTransaction: commit, rollback on every kind of throwable, joining, and misuse. */
@TuskTest
class TransactionTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Account.TABLE);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate tx_account restart identity");
    }

    @Test
    void withTransactionCommitsWhenTheCallbackReturnsAndNothingIsVisibleBefore(Database db, TestDatabase database)
            throws SQLException {
        try (Connection outside = database.connection()) {
            Account saved = db.withTransaction(tx -> {
                Account alice = tx.insert(Account.of("alice", 10));
                tx.insert(Account.of("bob", 20));
                assertThat(count(outside)).as("uncommitted rows are not visible to others").isZero();
                return alice;
            });

            assertThat(saved.id()).isEqualTo(1L);
            assertThat(count(outside)).isEqualTo(2);
        }
    }

    @Test
    void useTransactionCommitsWorkThatReturnsNothing(Database db) {
        db.useTransaction(tx -> tx.insertAll(List.of(Account.of("alice", 1), Account.of("bob", 2))));

        assertThat(db.from(Account.class).count()).isEqualTo(2);
    }

    @Test
    void aRuntimeExceptionRollsBackAndIsRethrownUnchanged(Database db) {
        IllegalStateException boom = new IllegalStateException("boom");

        Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
            tx.insert(Account.of("alice", 10));
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
        assertThat(boom.getSuppressed()).isEmpty();
        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void aCheckedExceptionRollsBackAndIsRethrownUnchangedWithItsType(Database db) {
        IOException disk = new IOException("disk full");
        Throwable thrown = null;
        try {
            db.useTransaction(tx -> {
                tx.insert(Account.of("alice", 10));
                throw disk;
            });
        } catch (IOException caught) { // the compiler knows the callback throws IOException
            thrown = caught;
        }

        assertThat(thrown).isSameAs(disk);
        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void anErrorRollsBackAndIsRethrownUnchanged(Database db) {
        OutOfMemoryError error = new OutOfMemoryError("simulated");

        Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
            tx.insert(Account.of("alice", 10));
            throw error;
        }));

        assertThat(thrown).isSameAs(error);
        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void aPlainThrowableRollsBackAndIsRethrownUnchanged(Database db) {
        Throwable odd = new Throwable("neither exception nor error");
        Throwable thrown = null;
        try {
            db.useTransaction(tx -> {
                tx.insert(Account.of("alice", 10));
                throw odd;
            });
        } catch (Throwable caught) {
            thrown = caught;
        }

        assertThat(thrown).isSameAs(odd);
        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void aDatabaseErrorInsideRollsBackEarlierWrites(Database db) {
        assertThatThrownBy(() -> db.useTransaction(tx -> {
            tx.insert(Account.of("alice", 10));
            tx.insert(Account.of("alice", 20));
        })).isInstanceOf(ConstraintViolationException.class);

        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void aFailedRollbackIsAttachedAsSuppressed(Database db, TestDatabase database) throws SQLException {
        RuntimeException boom = new RuntimeException("boom");
        try (Connection killer = database.connection()) {
            Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
                tx.insert(Account.of("alice", 10));
                int pid = tx.sql("select pg_backend_pid()").one(Integer.class);
                try (Statement statement = killer.createStatement()) {
                    statement.execute("select pg_terminate_backend(" + pid + ")");
                }
                throw boom;
            }));

            assertThat(thrown).isSameAs(boom);
            assertThat(boom.getSuppressed()).singleElement().isInstanceOf(ConnectionException.class);
        }
        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void databaseCallsInsideTheCallbackJoinTheTransaction(Database db) {
        assertThatThrownBy(() -> db.useTransaction(tx -> {
            db.insert(Account.of("alice", 10));
            db.insertAll(List.of(Account.of("bob", 1), Account.of("carol", 2)));
            db.copy(Account.class, List.of(Account.of("dave", 3)));
            assertThat(db.from(Account.class).count()).isEqualTo(4);
            throw new IllegalStateException("undo all of it");
        })).hasMessage("undo all of it");

        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void aPoolOfOneDoesNotDeadlockWhenTheCallbackUsesTheDatabase(TestDatabase database) {
        try (Database single = Database.builder().url(database.jdbcUrl()).user(database.user())
                .password(database.password()).pool(0, 1).build()) {
            long count = single.withTransaction(tx -> {
                tx.insert(Account.of("alice", 10));
                return single.from(Account.class).count() + single.sql("select 1").one(Long.class);
            });

            assertThat(count).isEqualTo(2);
        }
    }

    @Test
    void aStreamInsideTheTransactionReadsItsUncommittedRows(Database db) {
        long streamed = db.withTransaction(tx -> {
            tx.insertAll(IntStream.range(0, 500).mapToObj(index -> Account.of("owner-" + index, index)).toList());
            try (var rows = tx.from(Account.class).stream()) {
                return rows.count();
            }
        });

        assertThat(streamed).isEqualTo(500);
    }

    @Test
    void aTransactionCannotBeUsedAfterItsCallback(Database db) {
        Transaction escaped = db.withTransaction(tx -> tx);

        assertThat(escaped.isActive()).isFalse();
        assertThatThrownBy(() -> escaped.insert(Account.of("alice", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has ended");
        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void aTransactionCannotBeUsedFromAnotherThread(Database db) {
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();

        db.useTransaction(tx -> fromOtherThread.set(
                CompletableFuture.runAsync(() -> tx.insert(Account.of("alice", 1))).handle((ok, failure) -> failure)
                        .join()));

        assertThat(fromOtherThread.get()).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another thread");
        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void nullWorkOrOptionsAreRefusedBeforeAnySql(Database db, TestDatabase database) {
        var sent = database.capture().during(() -> {
            assertThatThrownBy(() -> db.withTransaction(null))
                    .isInstanceOf(dev.tusk.exception.ValidationException.class).hasMessageContaining("work");
            assertThatThrownBy(() -> db.useTransaction(null, tx -> { }))
                    .isInstanceOf(dev.tusk.exception.ValidationException.class).hasMessageContaining("options");
        });

        assertThat(sent).isEmpty();
    }

    static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from tx_account")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
