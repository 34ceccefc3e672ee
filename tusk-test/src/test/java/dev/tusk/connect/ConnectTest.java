package dev.tusk.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.tusk.Database;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connecting through {@code Database.connect} and the builder: the settings must show on the server. */
@TuskTest
class ConnectTest {

    @BeforeAll
    static void schemas(TestDatabase db) {
        db.execute("create schema app_schema; create schema \"Reports\"");
    }

    private static String query(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    @Test
    void connectWithUriIsConnectedUntilClosed(TestDatabase db) throws SQLException {
        Database database = Database.connect(db.url());
        try {
            assertThat(database.isConnected()).isTrue();
            assertThat(query(database, "select current_database()")).isEqualTo(db.name());
        } finally {
            database.close();
        }

        assertThat(database.isConnected()).isFalse();
        assertThat(((HikariDataSource) database.dataSource()).isClosed()).isTrue();
    }

    @Test
    void connectWithJdbcUrlAndSeparateCredentials(TestDatabase db) throws SQLException {
        try (Database database = Database.builder().url(db.jdbcUrl()).user(db.user()).password(db.password()).build()) {
            assertThat(query(database, "select current_user")).isEqualTo(db.user());
        }
    }

    @Test
    void withoutDatabaseTheServerPicksTheOneNamedLikeTheUser(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, db.user());
            try (ResultSet rows = exists.executeQuery()) {
                assumeTrue(rows.next(), "no database named like the user " + db.user());
            }
        }
        String withoutDatabase = ServerUri.of(db, db.user(), db.password(), "x").replaceFirst("/x$", "");

        try (Database database = Database.connect(withoutDatabase)) {
            assertThat(query(database, "select current_database()")).isEqualTo(db.user());
        }
    }

    @Test
    void builderSettingsTakeEffectOnTheServer(TestDatabase db) throws SQLException {
        try (Database database = Database.builder().url(db.url())
                .applicationName("tusk-connect-test")
                .searchPath("app_schema, Reports, public")
                .statementTimeout(Duration.ofMillis(1234))
                .build()) {
            assertThat(query(database, "show application_name")).isEqualTo("tusk-connect-test");
            assertThat(query(database, "select array_to_string(current_schemas(false), ',')"))
                    .isEqualTo("app_schema,Reports,public");
            assertThat(query(database, "show statement_timeout")).isEqualTo("1234ms");
        }
    }

    @Test
    void defaultApplicationNameIsTuskAndNoStatementTimeoutIsSet(TestDatabase db) throws SQLException {
        try (Database database = Database.connect(db.url())) {
            assertThat(query(database, "show application_name")).isEqualTo("tusk");
            assertThat(query(database, "show statement_timeout")).isEqualTo("0");
        }
    }

    @Test
    void uriParametersReachTheServer(TestDatabase db) throws SQLException {
        String uri = db.url() + (db.url().contains("?") ? "&" : "?")
                + "application_name=from%20uri&options=-c%20work_mem%3D7MB";

        try (Database database = Database.connect(uri)) {
            assertThat(query(database, "show application_name")).isEqualTo("from uri");
            assertThat(query(database, "show work_mem")).isEqualTo("7MB");
        }
    }

    @Test
    void poolNeverOpensMoreThanItsMaximum(TestDatabase db) throws SQLException {
        // long enough for a starved machine to open a backend; the third borrow still has to time out
        try (Database database = Database.builder().url(db.url()).pool(0, 2)
                .connectionTimeout(Duration.ofSeconds(2)).build()) {
            HikariDataSource pool = (HikariDataSource) database.dataSource();
            HikariPoolMXBean bean = pool.getHikariPoolMXBean();
            try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
                assertThat(first.isValid(1) && second.isValid(1)).isTrue();
                assertThat(bean.getActiveConnections()).isEqualTo(2);

                assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
                assertThat(bean.getTotalConnections()).isEqualTo(2);
            }
            assertThat(bean.getActiveConnections()).isZero();
        }
    }

    @Test
    void exhaustedPoolIsAConnectionExceptionAfterTheTimeout(TestDatabase db) throws SQLException {
        try (Database database = Database.builder().url(db.url()).pool(0, 1)
                .connectionTimeout(Duration.ofSeconds(2)).build();
             Connection held = database.dataSource().getConnection()) {
            assertThat(held.isValid(1)).isTrue();

            assertThatThrownBy(() -> database.sql("select 1").execute())
                    .isInstanceOf(dev.tusk.exception.ConnectionException.class)
                    .hasMessageContaining("request timed out");
        }
    }
}
