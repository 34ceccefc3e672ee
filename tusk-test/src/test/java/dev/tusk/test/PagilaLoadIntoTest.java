package dev.tusk.test;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

import static dev.tusk.test.PagilaTest.assertPagilaLoaded;
import static dev.tusk.test.PagilaTest.count;
import static org.assertj.core.api.Assertions.assertThat;

@TuskTest
class PagilaLoadIntoTest {

    @Test
    void loadIntoFillsAnEmptyClassDatabase(TestDatabase database) throws SQLException {
        assertThat(count(database, "select count(*) from pg_tables where schemaname = 'public'")).isZero();

        long start = System.nanoTime();
        Pagila.loadInto(database);
        System.out.printf("tusk-test: Pagila.loadInto on PostgreSQL %d took %.0f ms%n",
                database.serverVersion(), (System.nanoTime() - start) / 1e6);

        assertPagilaLoaded(database);
    }
}
