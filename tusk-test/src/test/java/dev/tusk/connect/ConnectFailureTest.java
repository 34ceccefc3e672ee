package dev.tusk.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tusk.Database;
import dev.tusk.exception.ConnectionException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A failed connect throws at once a {@link ConnectionException} saying which problem it was, and
 * never shows the password. The time bound is a guard against a hang, not a measurement.
 */
@TuskTest
class ConnectFailureTest {
    private static final String PASSWORD_ROLE = "tusk_connect_pw";
    private static final String NOLOGIN_ROLE = "tusk_connect_nologin";
    private static final String RIGHT_PASSWORD = "Right-Pa55";
    private static final String SECRET = "Wr0ng-S3cret-Pa55";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @BeforeAll
    static void roles(TestDatabase db) {
        dropRoles(db);
        db.execute("create role " + PASSWORD_ROLE + " login password '" + RIGHT_PASSWORD + "';"
                + "create role " + NOLOGIN_ROLE + " nologin password '" + RIGHT_PASSWORD + "'");
    }

    @AfterAll
    static void dropRoles(TestDatabase db) {
        db.execute("drop role if exists " + PASSWORD_ROLE + "; drop role if exists " + NOLOGIN_ROLE);
    }

    /** Connects with the given URI, expecting failure; a database that does open is closed and reported. */
    private static ConnectionException failureOf(String uri) {
        long started = System.nanoTime();
        ConnectionException failure = catchThrowableOfType(ConnectionException.class, () -> {
            try (Database opened = Database.builder().url(uri).connectionTimeout(TIMEOUT).build()) {
                throw new AssertionError("connected to " + opened.dataSource());
            }
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(HANG_GUARD);
        assertThat(failure).as("a ConnectionException").isNotNull();
        return failure;
    }

    private static void assertNoPasswordAnywhere(Throwable failure, String password) {
        for (Throwable link = failure; link != null; link = link.getCause()) {
            assertThat(String.valueOf(link.getMessage())).doesNotContain(password);
            assertThat(link.toString()).doesNotContain(password);
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Test
    void nothingListeningSaysConnectionRefusedOnHostAndPort() throws IOException {
        int port = unusedPort();

        ConnectionException failure = failureOf("postgresql://app:" + SECRET + "@127.0.0.1:" + port + "/shop");

        assertThat(failure.getMessage()).contains("connection refused: nothing is listening on 127.0.0.1:" + port);
        assertThat(failure.sqlState()).isEqualTo("08001");
        assertThat(failure.getCause()).isNotNull();
        assertNoPasswordAnywhere(failure, SECRET);
    }

    @Test
    void unresolvableNameSaysUnknownHost() {
        ConnectionException failure = failureOf("postgresql://app:" + SECRET + "@no-such-host.invalid/shop");

        assertThat(failure.getMessage()).contains("unknown host").contains("no-such-host.invalid");
        assertNoPasswordAnywhere(failure, SECRET);
    }

    @Test
    void serverThatNeverAnswersTimesOutWithinTheConnectionTimeout() throws IOException {
        // a listening socket nobody accepts from: TCP connects, the login never gets an answer
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ConnectionException failure = failureOf("postgresql://app:" + SECRET + "@127.0.0.1:"
                    + silent.getLocalPort() + "/shop");

            assertThat(failure.getMessage()).contains("timed out after 2 s")
                    .contains("127.0.0.1:" + silent.getLocalPort());
            assertNoPasswordAnywhere(failure, SECRET);
        }
    }

    @Test
    void wrongPasswordSaysAuthenticationFailedForTheUser(TestDatabase db) {
        String uri = ServerUri.of(db, PASSWORD_ROLE, SECRET, db.name());
        Database admitted = null;
        long started = System.nanoTime();
        try {
            admitted = Database.builder().url(uri).connectionTimeout(TIMEOUT).build();
        } catch (ConnectionException expected) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(HANG_GUARD);
            assertThat(expected.getMessage())
                    .contains("password authentication failed for user \"" + PASSWORD_ROLE + "\"")
                    .contains("user \"" + PASSWORD_ROLE + "\"");
            assertThat(expected.sqlState()).isEqualTo("28P01");
            assertNoPasswordAnywhere(expected, SECRET);
        }
        if (admitted != null) {
            admitted.close();
            assumeTrue(false, "server trusts every login: cannot test a wrong password");
        }
    }

    @Test
    void rightPasswordOfTheSameRoleConnects(TestDatabase db) {
        try (Database database = Database.builder().url(ServerUri.of(db, PASSWORD_ROLE, RIGHT_PASSWORD, db.name()))
                .connectionTimeout(TIMEOUT).build()) {
            assertThat(database.isConnected()).isTrue();
        }
    }

    @Test
    void roleThatMayNotLogInSaysSo(TestDatabase db) {
        ConnectionException failure = failureOf(ServerUri.of(db, NOLOGIN_ROLE, RIGHT_PASSWORD, db.name()));

        assertThat(failure.getMessage()).contains("role \"" + NOLOGIN_ROLE + "\" is not permitted to log in");
        assertThat(failure.sqlState()).isEqualTo("28000");
        assertNoPasswordAnywhere(failure, RIGHT_PASSWORD);
    }

    @Test
    void missingDatabaseSaysDatabaseDoesNotExist(TestDatabase db) {
        String password = db.password() != null ? db.password() : SECRET;

        ConnectionException failure = failureOf(ServerUri.of(db, db.user(), db.password(), "tusk_no_such_db"));

        assertThat(failure.getMessage()).contains("database \"tusk_no_such_db\" does not exist");
        assertThat(failure.sqlState()).isEqualTo("3D000");
        assertNoPasswordAnywhere(failure, password);
    }
}
