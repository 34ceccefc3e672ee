package dev.tusk.query.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tusk.Database;
import dev.tusk.exception.LockTimeoutException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * {@code forUpdate()} with {@code skipLocked()}, {@code noWait()} and {@code of(...)}, against a row
 * that another transaction (a plain JDBC connection) holds with {@code SELECT ... FOR UPDATE}.
 */
@TuskTest
class RowLockTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute("""
                create table job (id integer primary key, state text not null);
                create table job_note (id integer primary key, job_id integer references job, text text);
                insert into job values (1, 'ready'), (2, 'ready'), (3, 'ready');
                """);
    }

    @Test
    void skipLockedLeavesOutTheRowAnotherTransactionHolds(Database db, TestDatabase test) throws SQLException {
        try (Connection other = lockJob(test, 1)) {
            List<Job> free = withinSeconds(() ->
                    db.from(Job.class).orderBy(Job_.id.asc()).forUpdate().skipLocked().list());
            List<Job> plain = db.from(Job.class).orderBy(Job_.id.asc()).list();

            assertThat(free).extracting(Job::id).containsExactly(2, 3);
            assertThat(plain).extracting(Job::id).containsExactly(1, 2, 3);
            other.rollback();
        }
    }

    @Test
    void skipLockedWithLimitTakesTheNextFreeRows(Database db, TestDatabase test) throws SQLException {
        try (Connection other = lockJob(test, 1)) {
            List<Job> next = withinSeconds(() ->
                    db.from(Job.class).orderBy(Job_.id.asc()).limit(1).forUpdate().skipLocked().list());

            assertThat(next).extracting(Job::id).containsExactly(2);
            other.rollback();
        }
    }

    @Test
    void noWaitFailsAtOnceWithLockTimeoutException(Database db, TestDatabase test) throws SQLException {
        try (Connection other = lockJob(test, 2)) {
            // without NOWAIT the query would wait for the other transaction, which never ends in time
            assertThatThrownBy(() -> withinSeconds(() ->
                    db.from(Job.class).where(Job_.id.eq(2)).forUpdate().noWait().list()))
                    .isInstanceOf(LockTimeoutException.class);
            other.rollback();
        }
    }

    @Test
    void streamThatCannotTakeItsLockFailsAtOnceAndGivesItsConnectionBack(Database db, TestDatabase test)
            throws SQLException {
        try (Connection other = lockJob(test, 2)) {
            assertThatThrownBy(() -> withinSeconds(() -> {
                try (Stream<Job> jobs = db.from(Job.class).forUpdate().noWait().stream()) {
                    return jobs.toList();
                }
            })).isInstanceOf(LockTimeoutException.class);
            other.rollback();
        }
        // the kit's leak check after this test fails it if the stream kept its pool connection
    }

    @Test
    void noWaitReturnsRowsNobodyHolds(Database db, TestDatabase test) throws SQLException {
        try (Connection other = lockJob(test, 2)) {
            assertThat(withinSeconds(() -> db.from(Job.class).where(Job_.id.eq(3)).forUpdate().noWait().list()))
                    .extracting(Job::id).containsExactly(3);
            other.rollback();
        }
    }

    @Test
    void forUpdateLocksTheRowsItReadsUntilItsTransactionEnds(Database db, TestDatabase test) throws SQLException {
        // a stream keeps its transaction open until closed: long enough to see the lock from outside
        try (Stream<Job> locked = db.from(Job.class).where(Job_.id.eq(1)).forUpdate().stream();
             Connection other = test.connection()) {
            Iterator<Job> rows = locked.iterator();
            assertThat(rows.next().id()).isEqualTo(1);

            assertThatThrownBy(() -> tryLock(other, 1)).isInstanceOf(SQLException.class)
                    .satisfies(error -> assertThat(((SQLException) error).getSQLState()).isEqualTo("55P03"));
            locked.close();
            assertThat(tryLock(other, 1)).isTrue();
        }
    }

    @Test
    void forUpdateOfTheQueriedEntityLocksItsTable(Database db, TestDatabase test, SqlCapture capture)
            throws SQLException {
        try (Connection other = lockJob(test, 3)) {
            List<CapturedStatement> sent = capture.during(() -> assertThat(withinSeconds(() -> db.from(Job.class)
                    .orderBy(Job_.id.asc()).forUpdate().of(Job.class).skipLocked().list()))
                    .extracting(Job::id).containsExactly(1, 2));

            assertThat(sent).singleElement().satisfies(statement ->
                    assertThat(statement.sql()).contains("FOR UPDATE OF ").endsWith(" SKIP LOCKED"));
            other.rollback();
        }
    }

    @Test
    void forUpdateOfAnotherEntityIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() ->
                db.from(Job.class).forUpdate().of(JobNote.class).list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("of(JobNote) names no table of this query"));

        assertThat(sent).isEmpty();
    }

    @Test
    void skipLockedAndNoWaitWithoutALockAreRefused(Database db) {
        assertThatThrownBy(() -> db.from(Job.class).skipLocked())
                .isInstanceOf(ValidationException.class).hasMessageContaining("skipLocked() needs a row lock first");
        assertThatThrownBy(() -> db.from(Job.class).noWait())
                .isInstanceOf(ValidationException.class).hasMessageContaining("noWait() needs a row lock first");
        assertThatThrownBy(() -> db.from(Job.class).of(Job.class))
                .isInstanceOf(ValidationException.class).hasMessageContaining("of() needs a row lock first");
    }

    /**
     * Runs a query that must not wait for the other transaction's lock: if it did, it would wait until
     * that transaction ends, which only this test can do, so it fails after 10 s instead of hanging.
     */
    private static <R> R withinSeconds(ThrowingSupplier<R> query) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), query);
    }

    /** A connection in an open transaction holding {@code FOR UPDATE} on job {@code id}; roll back, then close. */
    private static Connection lockJob(TestDatabase test, int id) throws SQLException {
        Connection connection = test.connection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select id from job where id = " + id + " for update");
        }
        return connection;
    }

    /** Locks job {@code id} with NOWAIT in its own transaction, and lets it go. */
    private static boolean tryLock(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeQuery("select id from job where id = " + id + " for update nowait").next();
        }
    }
}
