package dev.tusk.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tusk.Database;
import dev.tusk.exception.ConnectionException;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.ConstraintViolationException.Kind;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.DeadlockException;
import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.LockTimeoutException;
import dev.tusk.exception.QueryTimeoutException;
import dev.tusk.exception.SerializationFailureException;
import dev.tusk.exception.TuskException;
import dev.tusk.exec.SqlStateTranslator;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each SQLSTATE raised for real by the server, and what {@link SqlStateTranslator} makes of it. */
@TuskTest
class SqlStateMappingTest {
    private static final ErrorContext CONTEXT = ErrorContext.of(null, "test");

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute("""
                create table parent (id int primary key);
                create table child (
                    id int primary key,
                    parent_id int not null references parent (id),
                    email text constraint child_email_key unique,
                    age int constraint child_age_check check (age >= 0));
                create table booking (
                    id int primary key,
                    during int4range,
                    constraint booking_no_overlap exclude using gist (during with &&));
                create table counter (id int primary key, n int not null)
                """);
    }

    @BeforeEach
    void rows(TestDatabase db) {
        db.execute("""
                truncate child, parent, booking, counter;
                insert into parent values (1);
                insert into child values (1, 1, 'a@x.io', 30);
                insert into booking values (1, int4range(10, 20));
                insert into counter values (1, 0), (2, 0)
                """);
    }

    /** Runs {@code sql} expecting the server to refuse it, and translates what JDBC threw. */
    private static TuskException failureOf(Connection connection, String sql) {
        SQLException error = catchThrowableOfType(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
        assertThat((Throwable) error).as("the server refuses: %s", sql).isNotNull();
        return SqlStateTranslator.translate(error, CONTEXT.withSql(sql, List.of()));
    }

    private static ConstraintViolationException violationOf(TestDatabase db, String sql, Kind kind) throws SQLException {
        try (Connection connection = db.connection()) {
            TuskException translated = failureOf(connection, sql);
            assertThat(translated).isInstanceOf(ConstraintViolationException.class);
            ConstraintViolationException violation = (ConstraintViolationException) translated;
            assertThat(violation.kind()).isEqualTo(kind);
            assertThat(violation.sql()).isEqualTo(sql);
            assertThat(violation.operation()).isEqualTo("test");
            return violation;
        }
    }

    @Test
    void duplicateKeyIsUniqueViolationNamingConstraintTableAndKey(TestDatabase db) throws SQLException {
        ConstraintViolationException violation = violationOf(db,
                "insert into child values (2, 1, 'a@x.io', 31)", Kind.UNIQUE);

        assertThat(violation.constraint()).isEqualTo("child_email_key");
        assertThat(violation.table()).isEqualTo("child");
        assertThat(violation.sqlState()).isEqualTo("23505");
        assertThat(violation.reason()).isEqualTo("duplicate key value violates unique constraint \"child_email_key\":"
                + " Key (email)=(a@x.io) already exists");
        assertThat(violation.getMessage()).contains("(SQLSTATE 23505)").contains("SQL: insert into child");
    }

    @Test
    void missingParentIsForeignKeyViolation(TestDatabase db) throws SQLException {
        ConstraintViolationException violation = violationOf(db,
                "insert into child values (2, 99, 'b@x.io', 31)", Kind.FOREIGN_KEY);

        assertThat(violation.constraint()).isEqualTo("child_parent_id_fkey");
        assertThat(violation.table()).isEqualTo("child");
        assertThat(violation.sqlState()).isEqualTo("23503");
        assertThat(violation.reason()).contains("Key (parent_id)=(99) is not present in table \"parent\"");
    }

    @Test
    void nullInNotNullColumnIsNotNullViolationNamingTheColumn(TestDatabase db) throws SQLException {
        ConstraintViolationException violation = violationOf(db,
                "insert into child values (2, null, 'b@x.io', 31)", Kind.NOT_NULL);

        assertThat(violation.column()).isEqualTo("parent_id");
        assertThat(violation.table()).isEqualTo("child");
        assertThat(violation.sqlState()).isEqualTo("23502");
        assertThat(violation.reason()).startsWith("null value in column \"parent_id\" of relation \"child\"");
    }

    @Test
    void failedCheckIsCheckViolation(TestDatabase db) throws SQLException {
        ConstraintViolationException violation = violationOf(db,
                "insert into child values (2, 1, 'b@x.io', -1)", Kind.CHECK);

        assertThat(violation.constraint()).isEqualTo("child_age_check");
        assertThat(violation.table()).isEqualTo("child");
        assertThat(violation.sqlState()).isEqualTo("23514");
    }

    @Test
    void overlappingRangeIsExclusionViolation(TestDatabase db) throws SQLException {
        ConstraintViolationException violation = violationOf(db,
                "insert into booking values (2, int4range(15, 25))", Kind.EXCLUSION);

        assertThat(violation.constraint()).isEqualTo("booking_no_overlap");
        assertThat(violation.table()).isEqualTo("booking");
        assertThat(violation.sqlState()).isEqualTo("23P01");
        assertThat(violation.reason()).startsWith("conflicting key value violates exclusion constraint \"booking_no_overlap\"");
    }

    @Test
    void failedBatchIsTranslatedFromTheServerErrorBehindIt(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection();
             PreparedStatement insert = connection.prepareStatement("insert into parent values (?)")) {
            for (int id : new int[] {2, 1, 3}) {
                insert.setInt(1, id);
                insert.addBatch();
            }
            BatchUpdateException error = catchThrowableOfType(BatchUpdateException.class, insert::executeBatch);
            assertThat((Throwable) error).as("pgjdbc reports a failed batch as BatchUpdateException").isNotNull();

            TuskException translated = SqlStateTranslator.translate(error, CONTEXT);

            assertThat(translated).isInstanceOf(ConstraintViolationException.class);
            assertThat(((ConstraintViolationException) translated).constraint()).isEqualTo("parent_pkey");
            assertThat(translated.reason()).startsWith("duplicate key value violates unique constraint \"parent_pkey\"")
                    .doesNotContain("Batch entry");
            assertThat(translated.getCause()).isSameAs(error);
        }
    }

    @Test
    void concurrentUpdateUnderSerializableIsSerializationFailure(TestDatabase db) throws SQLException {
        try (Connection first = db.connection(); Connection second = db.connection()) {
            first.setAutoCommit(false);
            first.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try (Statement read = first.createStatement(); ResultSet rows = read.executeQuery("select n from counter")) {
                assertThat(rows.next()).isTrue();   // the snapshot is taken here
            }
            try (Statement write = second.createStatement()) {
                write.executeUpdate("update counter set n = n + 1 where id = 1");
            }

            TuskException translated = failureOf(first, "update counter set n = n + 10 where id = 1");
            first.rollback();

            assertThat(translated).isInstanceOf(SerializationFailureException.class);
            assertThat(translated.sqlState()).isEqualTo("40001");
            assertThat(translated.reason()).startsWith("could not serialize access");
        }
    }

    @Test
    void locksTakenInOppositeOrderAreDeadlock(TestDatabase db) throws Exception {
        try (Connection first = db.connection(); Connection second = db.connection()) {
            for (Connection connection : List.of(first, second)) {
                connection.setAutoCommit(false);
                shortenDeadlockTimeout(connection);
                try (Statement bound = connection.createStatement()) {
                    bound.execute("set lock_timeout = '5s'");   // should the deadlock go unseen, nothing hangs
                }
            }
            update(first, 1);
            update(second, 2);
            int firstPid = pid(first);
            CompletableFuture<TuskException> firstBlocked = CompletableFuture.supplyAsync(
                    () -> failureOrNull(first, "update counter set n = n + 1 where id = 2"));
            awaitLockWait(db, firstPid);

            TuskException secondFailure = failureOrNull(second, "update counter set n = n + 1 where id = 1");
            TuskException firstFailure = firstBlocked.get(10, TimeUnit.SECONDS);
            first.rollback();
            second.rollback();

            List<TuskException> failures = new ArrayList<>();
            for (TuskException failure : new TuskException[] {firstFailure, secondFailure}) {
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(failures).as("exactly one side is chosen as the victim").hasSize(1);
            assertThat(failures.get(0)).isInstanceOf(DeadlockException.class);
            assertThat(failures.get(0).sqlState()).isEqualTo("40P01");
            assertThat(failures.get(0).reason()).startsWith("deadlock detected");
        }
    }

    /** 100 ms instead of 1 s where the role may change it (a superuser setting). */
    private static void shortenDeadlockTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint before_setting");
            try {
                statement.execute("set deadlock_timeout = '100ms'");
            } catch (SQLException notPermitted) {
                statement.execute("rollback to savepoint before_setting");
            }
        }
    }

    private static void update(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update counter set n = n + 1 where id = " + id);
        }
    }

    private static TuskException failureOrNull(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return null;
        } catch (SQLException error) {
            return SqlStateTranslator.translate(error, CONTEXT);
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Waits until the backend is blocked on a lock, so the opposite lock request makes a real cycle. */
    private static void awaitLockWait(TestDatabase db, int pid) throws SQLException, InterruptedException {
        try (Connection observer = db.connection();
             PreparedStatement waiting = observer.prepareStatement(
                     "select wait_event_type = 'Lock' from pg_stat_activity where pid = ?")) {
            waiting.setInt(1, pid);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    if (rows.next() && rows.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("backend " + pid + " never waited for the lock");
        }
    }

    @Test
    void lockTakenElsewhereIsLockTimeoutWithNowaitAndWithLockTimeout(TestDatabase db) throws SQLException {
        try (Connection holder = db.connection(); Connection other = db.connection()) {
            holder.setAutoCommit(false);
            update(holder, 1);

            TuskException nowait = failureOf(other, "select * from counter where id = 1 for update nowait");
            TuskException timedOut = failureOf(other, "set lock_timeout = 50; update counter set n = 5 where id = 1");
            holder.rollback();

            assertThat(nowait).isInstanceOf(LockTimeoutException.class);
            assertThat(nowait.sqlState()).isEqualTo("55P03");
            assertThat(nowait.reason()).startsWith("could not obtain lock on row in relation \"counter\"");
            assertThat(timedOut).isInstanceOf(LockTimeoutException.class);
            assertThat(timedOut.reason()).startsWith("canceling statement due to lock timeout");
        }
    }

    @Test
    void statementTimeoutIsQueryTimeout(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            TuskException translated = failureOf(connection, "set statement_timeout = 50; select pg_sleep(1)");

            assertThat(translated).isInstanceOf(QueryTimeoutException.class);
            assertThat(translated.sqlState()).isEqualTo("57014");
            assertThat(translated.reason()).startsWith("canceling statement due to statement timeout");
        }
    }

    @Test
    void statementTimeoutFromTheBuilderCancelsSlowStatements(TestDatabase db) throws SQLException {
        try (Database database = Database.builder().url(db.url()).statementTimeout(Duration.ofMillis(100)).build();
             Connection connection = database.dataSource().getConnection()) {
            assertThat(failureOf(connection, "select pg_sleep(1)")).isInstanceOf(QueryTimeoutException.class);
        }
    }

    @Test
    void terminatedSessionIsConnectionError(TestDatabase db) throws SQLException {
        try (Connection victim = db.connection(); Connection admin = db.connection()) {
            try (PreparedStatement terminate = admin.prepareStatement("select pg_terminate_backend(?, 5000)")) {
                terminate.setInt(1, pid(victim));
                try (ResultSet rows = terminate.executeQuery()) {
                    assertThat(rows.next() && rows.getBoolean(1)).as("terminated").isTrue();
                }
            }

            TuskException translated = failureOf(victim, "select 1");

            assertThat(translated).isInstanceOf(ConnectionException.class);
            assertThat(translated.sqlState()).isIn("57P01", "08006");
        }
    }

    @Test
    void badInputSyntaxIsDatabaseErrorNotValidation(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            TuskException translated = failureOf(connection, "select 'abc'::int");

            assertThat(translated).isExactlyInstanceOf(DatabaseException.class);
            assertThat(translated.sqlState()).isEqualTo("22P02");
            assertThat(translated.reason()).isEqualTo("invalid input syntax for type integer: \"abc\"");
        }
    }

    @Test
    void unknownTableIsDatabaseErrorWithItsState(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            TuskException translated = failureOf(connection, "select * from no_such_table");

            assertThat(translated).isExactlyInstanceOf(DatabaseException.class);
            assertThat(translated.sqlState()).isEqualTo("42P01");
        }
    }
}
