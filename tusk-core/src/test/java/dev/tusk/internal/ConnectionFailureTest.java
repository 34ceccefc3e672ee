package dev.tusk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.exception.ConnectionException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The wording of connect failures; the same failures provoked for real are in tusk-test ({@code dev.tusk.connect}). */
class ConnectionFailureTest {
    private static final ConnectionTarget TARGET = new ConnectionTarget(List.of("db.example.com:5432"), "shop", "app");

    @Test
    void driverTextThatRepeatsThePasswordIsScrubbed() {
        PSQLException leaky = new PSQLException("login failed with hunter2", PSQLState.CONNECTION_REJECTED);

        ConnectionException failure = ConnectionFailure.explain(leaky, TARGET, Duration.ofSeconds(2), "hunter2");

        assertThat(failure.getMessage()).doesNotContain("hunter2").contains("login failed with ***");
        assertThat(failure.getCause()).isSameAs(leaky);
    }

    @Test
    void messageNamesHostDatabaseAndUserButNotThePassword() {
        PSQLException unresolved = new PSQLException("The connection attempt failed.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new UnknownHostException("db.example.com"));

        ConnectionException failure = ConnectionFailure.explain(unresolved, TARGET, Duration.ofSeconds(2), "hunter2");

        assertThat(failure.getMessage()).startsWith("cannot connect to PostgreSQL at db.example.com:5432,"
                + " database \"shop\", user \"app\": unknown host: db.example.com");
        assertThat(failure.operation()).isEqualTo("connect");
        assertThat(failure.sqlState()).isEqualTo("08001");
    }

    @Test
    void timeoutReadsInTheUnitItWasGivenIn() {
        assertThat(ConnectionFailure.describe(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(ConnectionFailure.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(ConnectionFailure.describe(Duration.ofMillis(400))).isEqualTo("400 ms");
    }

    @Test
    void targetWithoutDatabaseSaysTheServerPicksIt() {
        assertThat(ConnectionTarget.of("jdbc:postgresql://h1:5432,h2:5433/", null))
                .hasToString("h1:5432,h2:5433, the database named like the user");
    }
}
