package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** numeric's binary form (base-10000 digits, weight, sign, display scale) for every shape of BigDecimal. */
@TuskTest
class CopyNumericTest {
    static final List<String> VALUES = List.of(
            "0", "0.000", "1", "-1", "0.5", "-0.5", "1.50", "9999", "10000", "-10000.0001", "9999.9999",
            "0.0001", "0.00001", "0.000000000000000000000000000001", "-0.000000000000000000000000000001",
            "123.45", "12345.6789", "-12345.6789", "100000000", "123456789012345678",
            "9223372036854775", "9223372036854775807", "-9223372036854775808", "92233720368547758070",
            "123456789012345678901234567890123456789.123456789012345678901234567890",
            "1" + "0".repeat(1000), "-" + "9".repeat(500) + "." + "9".repeat(500), "3.14159265358979323846264338327950288");

    @BeforeAll
    static void table(TestDatabase database) {
        database.execute("create table copy_numbers (id integer primary key, value numeric, money numeric(10,2))");
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate copy_numbers");
    }

    @Test
    void everyValueIsStoredWithItsDigitsAndScale(Database db) {
        List<NumberRow> rows = IntStream.range(0, VALUES.size())
                .mapToObj(index -> new NumberRow(index, new BigDecimal(VALUES.get(index)), null)).toList();

        db.copy(NumberRow.class, rows);

        List<String> stored = db.sql("select value::text from copy_numbers order by id").list(String.class);
        assertThat(stored).isEqualTo(VALUES);
        List<BigDecimal> loaded = db.sql("select * from copy_numbers order by id").list(NumberRow.class).stream()
                .map(NumberRow::value).toList();
        assertThat(loaded).isEqualTo(rows.stream().map(NumberRow::value).toList());
    }

    @Test
    void negativeScaleIsWrittenAsWholeNumber(Database db) {
        List<BigDecimal> values = List.of(new BigDecimal("1E+5"), new BigDecimal("-12E+3"),
                new BigDecimal(BigInteger.valueOf(7), -20));
        List<NumberRow> rows = new ArrayList<>();
        for (int index = 0; index < values.size(); index++) {
            rows.add(new NumberRow(index, values.get(index), null));
        }

        db.copy(NumberRow.class, rows);

        assertThat(db.sql("select value::text from copy_numbers order by id").list(String.class))
                .containsExactly("100000", "-12000", "700000000000000000000");
    }

    @Test
    void constrainedColumnRoundsToItsScaleAsTextInputDoes(Database db) {
        db.copy(NumberRow.class, List.of(new NumberRow(1, null, new BigDecimal("1.005")),
                new NumberRow(2, null, new BigDecimal("-1.005")), new NumberRow(3, null, new BigDecimal("7"))));

        assertThat(db.sql("select money::text from copy_numbers order by id").list(String.class))
                .containsExactly("1.01", "-1.01", "7.00");
    }

    @Test
    void valueBeyondTheColumnPrecisionIsRefusedByTheServerAndNothingIsStored(Database db) {
        List<NumberRow> rows = List.of(new NumberRow(1, null, new BigDecimal("1")),
                new NumberRow(2, null, new BigDecimal("123456789.00")));

        assertThatThrownBy(() -> db.copy(NumberRow.class, rows))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("numeric field overflow")
                .satisfies(failure -> assertThat(((DatabaseException) failure).sqlState()).isEqualTo("22003"));
        assertThat(db.sql("select count(*) from copy_numbers").one(Long.class)).isZero();
    }

    @Test
    void scaleBeyondPostgresLimitIsRefusedNamingRowAndField(Database db) {
        List<NumberRow> rows = List.of(new NumberRow(1, BigDecimal.ONE, null),
                new NumberRow(2, new BigDecimal(BigInteger.ONE, 16_384), null));

        assertThatThrownBy(() -> db.copy(NumberRow.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 1: NumberRow is not valid: value: ")
                .hasMessageContaining("16384 digits after the point");
        assertThat(db.sql("select count(*) from copy_numbers").one(Long.class)).isZero();
    }

    @Test
    void largestScalePostgresHoldsIsStored(Database db) {
        BigDecimal tiny = new BigDecimal(BigInteger.valueOf(-3), 16_383);

        db.copy(NumberRow.class, List.of(new NumberRow(1, tiny, null)));

        assertThat(db.sql("select * from copy_numbers").one(NumberRow.class).value()).isEqualTo(tiny);
    }
}
