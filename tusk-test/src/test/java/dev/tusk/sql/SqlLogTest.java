package dev.tusk.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The dev.tusk.sql logger: slow statements at WARN with their parameters, secrets redacted.
 * (slf4j-simple writes to whatever System.err is at the time of the call, and logs WARN by default.)
 */
@TuskTest
class SqlLogTest {

    @Test
    void slowStatementIsLoggedAtWarnWithSecretsRedacted(TestDatabase database) {
        Database db = Database.builder().dataSource(database.database().dataSource())
                .slowQueryThreshold(Duration.ofMillis(20)).build();

        String log = capturingStandardError(() -> {
            db.sql("select pg_sleep(0.05), :password::text as p, :login::text as l")
                    .bind("password", "hunter2").bind("login", "alice").rows();
            db.sql("select 1 as fast_one").rows();
        });

        assertThat(log).contains("WARN dev.tusk.sql", "slow statement (over 20.000 ms)", "select pg_sleep(0.05)",
                "'alice'", "***", "-> 1 rows in");
        assertThat(log).doesNotContain("hunter2").doesNotContain("fast_one");
    }

    @Test
    void zeroThresholdTurnsTheSlowLogOff(TestDatabase database) {
        Database db = Database.builder().dataSource(database.database().dataSource())
                .slowQueryThreshold(Duration.ZERO).build();

        String log = capturingStandardError(() -> db.sql("select pg_sleep(0.03)").rows());

        assertThat(log).doesNotContain("slow statement");
    }

    private static String capturingStandardError(Runnable block) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
