package dev.tusk.test;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerAddressTest {

    @Test
    void parsesPostgresqlUriWithCredentialsAndParameters() {
        ServerAddress address = ServerAddress.parse("postgresql://app:s%40cret@db.example:6543/shop?sslmode=require");

        assertThat(address.host()).isEqualTo("db.example");
        assertThat(address.port()).isEqualTo(6543);
        assertThat(address.user()).isEqualTo("app");
        assertThat(address.password()).isEqualTo("s@cret");
        assertThat(address.database()).isEqualTo("shop");
        assertThat(address.parameters()).isEqualTo(Map.of("sslmode", "require"));
        assertThat(address.jdbcUrl("other")).isEqualTo("jdbc:postgresql://db.example:6543/other?sslmode=require");
    }

    @Test
    void defaultsPortAndLeavesPasswordNullWhenAbsent() {
        ServerAddress address = ServerAddress.parse("postgresql://postgres@127.0.0.1/test");

        assertThat(address.port()).isEqualTo(5432);
        assertThat(address.password()).isNull();
        assertThat(address.credentials()).doesNotContainKey("password");
    }

    @Test
    void parsesJdbcUrlWithCredentialsInQuery() {
        ServerAddress address = ServerAddress.parse("jdbc:postgresql://localhost:5433/postgres?user=admin&password=a%26b&ssl=false");

        assertThat(address.user()).isEqualTo("admin");
        assertThat(address.password()).isEqualTo("a&b");
        assertThat(address.port()).isEqualTo(5433);
        assertThat(address.parameters()).isEqualTo(Map.of("ssl", "false"));
    }

    @Test
    void acceptsPostgresSchemeAndIpv6Host() {
        ServerAddress address = ServerAddress.parse("postgres://u:p@[::1]:5432/db");

        assertThat(address.host()).isEqualTo("::1");
        assertThat(address.jdbcUrl("db")).isEqualTo("jdbc:postgresql://[::1]:5432/db");
    }

    @Test
    void uriRoundTripsCredentials() {
        ServerAddress address = ServerAddress.parse("postgresql://a%20b:p%3Aw@h:1/d");

        ServerAddress back = ServerAddress.parse(address.uri("x"));

        assertThat(back.user()).isEqualTo("a b");
        assertThat(back.password()).isEqualTo("p:w");
        assertThat(back.database()).isEqualTo("x");
        assertThat(back.host()).isEqualTo("h");
    }

    @Test
    void rejectsUrlWithoutUserOrDatabaseNamingTheFix() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://localhost:5432/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no user");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://u@localhost:5432"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no database");
        assertThatThrownBy(() -> ServerAddress.parse("mysql://u@localhost/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgresql://");
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(ServerAddress.parse("postgresql://u:topsecret@h/d").toString()).doesNotContain("topsecret");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://u:topsecret@h:port/d"))
                .hasMessageNotContaining("topsecret");
    }
}
