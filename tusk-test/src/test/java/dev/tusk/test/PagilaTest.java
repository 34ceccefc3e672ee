package dev.tusk.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@TuskTest(pagila = true)
class PagilaTest {

    static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void assertPagilaLoaded(TestDatabase database) throws SQLException {
        assertThat(count(database, "select count(*) from film")).isEqualTo(1000);
        assertThat(count(database, "select count(*) from actor")).isEqualTo(200);
        assertThat(count(database, "select count(*) from customer")).isEqualTo(599);
        assertThat(count(database, "select count(*) from rental")).isEqualTo(16044);
        assertThat(count(database, "select count(*) from payment")).isGreaterThan(16000);
        assertThat(count(database, "select count(*) from film where rating = 'PG-13'")).isEqualTo(223);
        // sequences were set by the dump: the next film gets id 1001
        assertThat(count(database, "select nextval('film_film_id_seq')")).isEqualTo(1001);
    }

    @Test
    void classDatabaseStartsAsACopyOfPagila(TestDatabase database) throws SQLException {
        assertPagilaLoaded(database);
        assertThat(database.hasExtension("hstore")).isTrue();
    }
}
