package dev.tusk.exec;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The mapping table, with errors built the way pgjdbc builds them from the server's fields. The
 * same states raised by a real server are checked in tusk-test ({@code dev.tusk.connect}).
 */
class SqlStateTranslatorTest {

    /** An ErrorResponse as the wire protocol carries it: field code, value, NUL. */
    private static PSQLException serverError(String state, String message, String... fields) {
        StringBuilder wire = new StringBuilder("SERROR\0VERROR\0C").append(state).append("\0M").append(message).append('\0');
        for (String field : fields) {
            wire.append(field).append('\0');
        }
        return new PSQLException(new ServerErrorMessage(wire.toString()));
    }

    @Test
    void uniqueViolationCarriesConstraintTableAndDetail() {
        PSQLException error = serverError("23505", "duplicate key value violates unique constraint \"users_email_key\"",
                "DKey (email)=(a@x.io) already exists.", "spublic", "tusers", "nusers_email_key");

        TuskException translated = SqlStateTranslator.translate(error,
                ErrorContext.of(null, "insert").withSql("insert into users values (?)", List.of("'a@x.io'")));

        assertThat(translated).isInstanceOf(ConstraintViolationException.class);
        ConstraintViolationException violation = (ConstraintViolationException) translated;
        assertThat(violation.kind()).isEqualTo(Kind.UNIQUE);
        assertThat(violation.constraint()).isEqualTo("users_email_key");
        assertThat(violation.table()).isEqualTo("users");
        assertThat(violation.reason()).isEqualTo(
                "duplicate key value violates unique constraint \"users_email_key\": Key (email)=(a@x.io) already exists");
        assertThat(violation.sqlState()).isEqualTo("23505");
        assertThat(violation.operation()).isEqualTo("insert");
        assertThat(violation.sql()).isEqualTo("insert into users values (?)");
        assertThat(violation.getCause()).isSameAs(error);
    }

    @Test
    void everyConstraintStateHasItsKind() {
        assertThat(kindOf("23503")).isEqualTo(Kind.FOREIGN_KEY);
        assertThat(kindOf("23001")).isEqualTo(Kind.FOREIGN_KEY);
        assertThat(kindOf("23502")).isEqualTo(Kind.NOT_NULL);
        assertThat(kindOf("23514")).isEqualTo(Kind.CHECK);
        assertThat(kindOf("23P01")).isEqualTo(Kind.EXCLUSION);
        assertThat(kindOf("23000")).isEqualTo(Kind.OTHER);
    }

    private static Kind kindOf(String state) {
        TuskException translated = SqlStateTranslator.translate(serverError(state, "violated"), null);
        assertThat(translated).isInstanceOf(ConstraintViolationException.class);
        return ((ConstraintViolationException) translated).kind();
    }

    @Test
    void transientLockAndTimeoutStatesHaveTheirOwnTypes() {
        assertThat(translate("40001")).isInstanceOf(SerializationFailureException.class);
        assertThat(translate("40P01")).isInstanceOf(DeadlockException.class);
        assertThat(translate("55P03")).isInstanceOf(LockTimeoutException.class);
        assertThat(translate("57014")).isInstanceOf(QueryTimeoutException.class);
    }

    @Test
    void loginAndSessionEndingStatesAreConnectionErrors() {
        for (String state : List.of("08006", "08001", "28P01", "28000", "3D000", "57P01", "57P02", "57P03", "53300",
                "25P03")) {
            assertThat(translate(state)).as(state).isInstanceOf(ConnectionException.class);
        }
    }

    @Test
    void dataErrorsAndEverythingElseAreDatabaseErrors() {
        for (String state : List.of("22001", "22P02", "42P01", "42703", "40002", "XX000")) {
            assertThat(translate(state)).as(state).isExactlyInstanceOf(DatabaseException.class);
        }
    }

    private static TuskException translate(String state) {
        TuskException translated = SqlStateTranslator.translate(serverError(state, "failed"), ErrorContext.EMPTY);
        assertThat(translated.sqlState()).isEqualTo(state);
        return translated;
    }

    @Test
    void batchErrorIsReadFromTheNextExceptionAndKeptAsCause() {
        PSQLException server = serverError("23505", "duplicate key value violates unique constraint \"t_pkey\"",
                "DKey (id)=(1) already exists.", "tt", "nt_pkey");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 1 insert into t values (1) was aborted",
                "23505", 0, new int[] {1}, null);
        batch.setNextException(server);

        TuskException translated = SqlStateTranslator.translate(batch, ErrorContext.EMPTY);

        assertThat(translated).isInstanceOf(ConstraintViolationException.class);
        assertThat(((ConstraintViolationException) translated).constraint()).isEqualTo("t_pkey");
        assertThat(translated.reason()).startsWith("duplicate key value").doesNotContain("Batch entry");
        assertThat(translated.getCause()).isSameAs(batch);
    }

    @Test
    void hintFollowsTheDetail() {
        TuskException translated = SqlStateTranslator.translate(serverError("42883", "function nope(integer) does not exist",
                "HNo function matches the given name and argument types."), ErrorContext.EMPTY);

        assertThat(translated.reason()).isEqualTo("function nope(integer) does not exist"
                + " (hint: No function matches the given name and argument types)");
    }

    @Test
    void driverSideErrorUsesTheJdbcMessageAndState() {
        SQLException ioError = new PSQLException("An I/O error occurred while sending to the backend.",
                org.postgresql.util.PSQLState.CONNECTION_FAILURE);

        TuskException translated = SqlStateTranslator.translate(ioError, ErrorContext.of(null, "find"));

        assertThat(translated).isInstanceOf(ConnectionException.class);
        assertThat(translated.getMessage())
                .isEqualTo("An I/O error occurred while sending to the backend. [find] (SQLSTATE 08006)");
    }

    @Test
    void batchBrokenByLostConnectionUsesTheInnerMessageNotTheStatementWithValues() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into t values ('secret') was aborted",
                "08006", 0, new int[0], null);
        batch.setNextException(new PSQLException("An I/O error occurred while sending to the backend.",
                org.postgresql.util.PSQLState.CONNECTION_FAILURE));

        TuskException translated = SqlStateTranslator.translate(batch, ErrorContext.EMPTY);

        assertThat(translated).isInstanceOf(ConnectionException.class);
        assertThat(translated.reason()).isEqualTo("An I/O error occurred while sending to the backend.");
    }

    @Test
    void stateAlreadyInContextIsKeptWhenTheErrorHasNone() {
        TuskException translated = SqlStateTranslator.translate(new SQLException("closed"),
                ErrorContext.EMPTY.withSqlState("08003"));

        assertThat(translated.sqlState()).isEqualTo("08003");
    }

    @Test
    void errorWithoutStateIsADatabaseErrorWithoutState() {
        TuskException translated = SqlStateTranslator.translate(new SQLException("closed"), null);

        assertThat(translated).isExactlyInstanceOf(DatabaseException.class);
        assertThat(translated.sqlState()).isNull();
        assertThat(translated.reason()).isEqualTo("closed");
    }
}
