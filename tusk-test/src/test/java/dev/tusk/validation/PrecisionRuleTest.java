package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tusk's precision check agrees with the server: for values at the edge of each typmod, Tusk refuses
 * exactly what PostgreSQL refuses ("numeric field overflow"), and what both accept is stored rounded.
 */
@TuskTest
class PrecisionRuleTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Measure.SQL);
    }

    @Test
    void tuskRefusesExactlyTheValuesTheServerRefuses(Database db, TestDatabase database) {
        List<String> disagreements = new ArrayList<>();
        compare(db, database, "money", value -> new Measure(2, new BigDecimal(value), null, null, null),
                List.of("999.99", "999.994", "999.995", "-999.995", "0.001", "0.005", "1000", "-1000", "12.3456"),
                disagreements);
        compare(db, database, "coarse", value -> new Measure(2, null, new BigDecimal(value), null, null),
                List.of("99949", "99950", "-99950", "49", "50", "100000", "12345.678"), disagreements);
        compare(db, database, "fine", value -> new Measure(2, null, null, new BigDecimal(value), null),
                List.of("0.0099", "0.00994", "0.00995", "-0.00995", "0.01", "0.00001"), disagreements);
        compare(db, database, "ratio", value -> new Measure(2, null, null, null, Double.valueOf(value)),
                List.of("999.4", "999.5", "-999.5", "0.5", "1e3"), disagreements);

        assertThat(disagreements).isEmpty();
    }

    @Test
    void acceptedValuesAreStoredRoundedToTheScale(Database db) {
        db.insert(new Measure(100, new BigDecimal("1.005"), new BigDecimal("12350"), new BigDecimal("0.00005"), 2.5));

        assertThat(db.sql("select money::text || ' ' || coarse::text || ' ' || fine::text || ' ' || ratio::text"
                + " from val_measures where id = 100").one(String.class)).isEqualTo("1.01 12400 0.0001 3");
    }

    private static void compare(Database db, TestDatabase database, String column,
                                Function<String, Measure> measure, List<String> values,
                                List<String> disagreements) {
        for (String value : values) {
            boolean server = serverAccepts(database, column, value);
            boolean tusk = tuskAccepts(db, measure.apply(value));
            if (server != tusk) {
                disagreements.add(column + " = " + value + ": server " + (server ? "accepts" : "refuses") + ", Tusk "
                        + (tusk ? "accepts" : "refuses"));
            }
            db.sql("delete from val_measures").execute();
        }
    }

    private static boolean serverAccepts(TestDatabase database, String column, String value) {
        try {
            database.execute("insert into val_measures (id, " + column + ") values (1, " + value + ")");
            return true;
        } catch (IllegalStateException refused) {
            assertThat(refused).hasMessageContaining("numeric field overflow");
            return false;
        }
    }

    private static boolean tuskAccepts(Database db, Measure measure) {
        try {
            db.insert(measure);
            return true;
        } catch (ValidationException refused) {
            return false;
        } catch (DatabaseException sentAndRefusedByTheServer) {
            return true;
        }
    }
}
