package dev.tusk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import dev.tusk.DatabaseConfig;
import dev.tusk.exception.ConfigurationException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the pool is told; what the server then shows is checked against a real server in tusk-test. */
class PoolFactoryTest {

    private static DatabaseConfig config(String jdbcUrl) {
        return new DatabaseConfig(jdbcUrl, "app", "hunter2", 0, 4, Duration.ofMillis(2500), Duration.ZERO,
                null, null, Duration.ZERO);
    }

    @Test
    void timeoutsBoundTheWholeLoginAndEachTcpConnect() {
        HikariConfig hikari = PoolFactory.configure(config("jdbc:postgresql://localhost:5432/shop"));

        assertThat(hikari.getConnectionTimeout()).isEqualTo(2500);
        assertThat(hikari.getDataSourceProperties().getProperty("loginTimeout")).isEqualTo("2.5");
        assertThat(hikari.getDataSourceProperties().getProperty("connectTimeout")).isEqualTo("3");
        assertThat(hikari.getValidationTimeout()).isEqualTo(2500);
        assertThat(hikari.getInitializationFailTimeout()).isEqualTo(1);
    }

    @Test
    void urlParametersBecomePropertiesAndTheUrlLosesItsQuery() {
        HikariConfig hikari = PoolFactory.configure(
                config("jdbc:postgresql://localhost:5432/shop?connectTimeout=9&options=-c+geqo%3Doff&prepareThreshold=0"));

        assertThat(hikari.getJdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(hikari.getDataSourceProperties())
                .containsEntry("connectTimeout", "9")
                .containsEntry("prepareThreshold", "0")
                .containsEntry("options", "-c geqo=off");
    }

    @Test
    void searchPathAndStatementTimeoutGoIntoStartupOptions() {
        HikariConfig hikari = PoolFactory.configure(config("jdbc:postgresql://localhost/shop?options=-c+geqo%3Doff")
                .withSearchPath("app,public").withStatementTimeout(Duration.ofMillis(750)));

        assertThat(hikari.getDataSourceProperties().getProperty("options"))
                .isEqualTo("-c geqo=off -c search_path=\"app\",\"public\" -c statement_timeout=750");
    }

    @Test
    void builderApplicationNameWinsOverUrlWhichWinsOverDefault() {
        String url = "jdbc:postgresql://localhost/shop?ApplicationName=from-url";

        assertThat(PoolFactory.configure(config(url)).getDataSourceProperties().getProperty("ApplicationName"))
                .isEqualTo("from-url");
        assertThat(PoolFactory.configure(config(url).withApplicationName("billing")).getDataSourceProperties()
                .getProperty("ApplicationName")).isEqualTo("billing");
        assertThat(PoolFactory.configure(config("jdbc:postgresql://localhost/shop")).getDataSourceProperties()
                .getProperty("ApplicationName")).isEqualTo("tusk");
    }

    @Test
    void eachPoolGetsItsOwnName() {
        String first = PoolFactory.configure(config("jdbc:postgresql://localhost/shop")).getPoolName();
        String second = PoolFactory.configure(config("jdbc:postgresql://localhost/shop")).getPoolName();

        assertThat(first).startsWith("tusk-");
        assertThat(second).startsWith("tusk-").isNotEqualTo(first);
    }

    @Test
    void invalidSearchPathFailsBeforeAnyConnectionIsTried() throws IOException {
        int unusedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            unusedPort = probe.getLocalPort();
        }
        DatabaseConfig bad = config("jdbc:postgresql://127.0.0.1:" + unusedPort + "/shop").withSearchPath("app;drop");

        assertThatThrownBy(() -> PoolFactory.open(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'app;drop'");
    }
}
