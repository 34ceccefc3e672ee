package dev.tusk.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedServerTest {

    @Test
    void startsAServerThatTrustsPostgresAndChecksOtherPasswordsThenStops() throws SQLException {
        long start = System.nanoTime();
        EmbeddedServer server = EmbeddedServer.start();
        System.out.printf("tusk-test: EmbeddedServer.start() took %.0f ms%n", (System.nanoTime() - start) / 1e6);
        String url = server.jdbcUrl("postgres");
        try {
            try (Connection superuser = DriverManager.getConnection(url, login(server.user(), null));
                 Statement statement = superuser.createStatement()) {
                try (ResultSet rows = statement.executeQuery("select current_setting('server_version_num')::int / 10000")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(17);
                }
                statement.execute("create role app login password 'secret'");
            }
            try (Connection app = DriverManager.getConnection(url, login("app", "secret"))) {
                assertThat(app.isValid(2)).isTrue();
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, login("app", "wrong")).close())
                    .isInstanceOfSatisfying(SQLException.class, refused -> assertThat(refused.getSQLState()).isEqualTo("28P01"));
            assertThatThrownBy(() -> DriverManager.getConnection(url, login("app", null)).close())
                    .isInstanceOf(SQLException.class);
        } finally {
            server.close();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, login(server.user(), null)).close())
                .as("the server is stopped after close()")
                .isInstanceOfSatisfying(SQLException.class, refused -> assertThat(refused.getSQLState()).startsWith("08"));
    }

    @Test
    void urlIsTheFormDatabaseConnectTakes() {
        // no server needed: the address is built from host, port and superuser only
        ServerAddress address = new ServerAddress("localhost", 54321, EmbeddedServer.SUPERUSER, null, "postgres", java.util.Map.of());

        assertThat(address.uri("shop")).isEqualTo("postgresql://postgres@localhost:54321/shop");
        assertThat(address.jdbcUrl("shop")).isEqualTo("jdbc:postgresql://localhost:54321/shop");
    }

    private static Properties login(String user, String password) {
        Properties login = new Properties();
        login.setProperty("user", user);
        if (password != null) {
            login.setProperty("password", password);
        }
        return login;
    }
}
