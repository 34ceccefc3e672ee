package dev.tusk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.exception.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionOptionsTest {

    @Test
    void searchPathQuotesEachSchemaAndKeepsItsCase() {
        assertThat(ConnectionOptions.searchPath(" app, Reporting ,$user,\"$user\",_x$1"))
                .isEqualTo("\"app\",\"Reporting\",\"$user\",\"$user\",\"_x$1\"");
    }

    @Test
    void searchPathRejectsWhatIsNotAPlainIdentifier() {
        for (String bad : new String[] {"app; drop table users", "1app", "app,,public", "\"app\"", "app-x", ""}) {
            assertThatThrownBy(() -> ConnectionOptions.searchPath(bad)).as(bad)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("searchPath must list schema names");
        }
    }

    @Test
    void searchPathAllowsSixtyThreeBytesButNotSixtyFour() {
        String longest = "s".repeat(63);

        assertThat(ConnectionOptions.searchPath(longest)).isEqualTo("\"" + longest + "\"");
        assertThatThrownBy(() -> ConnectionOptions.searchPath(longest + "s"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("at most 63 bytes");
    }

    @Test
    void statementTimeoutIsWholeMillisecondsRoundedUp() {
        assertThat(ConnectionOptions.statementTimeoutMillis(Duration.ofSeconds(5))).isEqualTo(5000);
        assertThat(ConnectionOptions.statementTimeoutMillis(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(ConnectionOptions.statementTimeoutMillis(Duration.ofMillis(Integer.MAX_VALUE)))
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void statementTimeoutAboveTheServerLimitIsRejected() {
        assertThatThrownBy(() -> ConnectionOptions.statementTimeoutMillis(Duration.ofDays(30)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("statementTimeout must be at most");
    }

    @Test
    void mergeAppendsOurSwitchesAfterTheUrlsOptions() {
        assertThat(ConnectionOptions.merge("-c geqo=off", "app", Duration.ofMillis(1500)))
                .isEqualTo("-c geqo=off -c search_path=\"app\" -c statement_timeout=1500");
        assertThat(ConnectionOptions.merge(null, null, Duration.ZERO)).isNull();
        assertThat(ConnectionOptions.merge(null, null, Duration.ofSeconds(1))).isEqualTo("-c statement_timeout=1000");
    }
}
