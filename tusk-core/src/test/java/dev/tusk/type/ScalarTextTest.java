package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.exception.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScalarTextTest {

    @Test
    void pointParsesServerOutputAndFormatsBack() {
        assertEquals(new Point(1.5, -2e100), Point.parse("(1.5,-2e+100)"));
        assertEquals(new Point(1, 2), Point.parse(" ( 1 , 2 ) "));
        assertEquals(new Point(Double.NaN, Double.POSITIVE_INFINITY), Point.parse("(NaN,Infinity)"));
        Point point = new Point(-0.1, 1e-300);
        assertEquals(point, Point.parse(point.toString()));
        assertThrows(ValidationException.class, () -> Point.parse("(1,2,3)"));
        assertThrows(ValidationException.class, () -> Point.parse("(a,2)"));
    }

    @Test
    void moneyParsesCurrencySymbolsGroupsAndBothNegativeForms() {
        assertEquals(new BigDecimal("1234.56"), MoneyCodec.INSTANCE.parse("$1,234.56"));
        assertEquals(new BigDecimal("-1.00"), MoneyCodec.INSTANCE.parse("-$1.00"));
        assertEquals(new BigDecimal("-1.00"), MoneyCodec.INSTANCE.parse("($1.00)"));
        assertEquals(new BigDecimal("1234567.89"), MoneyCodec.INSTANCE.parse("EUR 1 234 567.89"));
        assertEquals(new BigDecimal("92233720368547758.07"), MoneyCodec.INSTANCE.parse("$92,233,720,368,547,758.07"));
        assertEquals(new BigDecimal("1234"), MoneyCodec.INSTANCE.parse("¥1,234"));
    }

    @Test
    void moneyRefusesCommaDecimalOutputInsteadOfMisreadingIt() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> MoneyCodec.INSTANCE.parse("1.234,56 €"));
        assertTrue(refused.getMessage().contains("lc_monetary"), refused.getMessage());
        assertThrows(ValidationException.class, () -> MoneyCodec.INSTANCE.parse("12,50 €"));
        assertThrows(ValidationException.class, () -> MoneyCodec.INSTANCE.parse("1.234.567"));
    }

    @Test
    void moneyRefusesMoreThanTwoDecimalsAndOutOfRangeValues() {
        assertThrows(ValidationException.class, () -> MoneyCodec.INSTANCE.validate(new BigDecimal("1.005")));
        assertThrows(ValidationException.class,
                () -> MoneyCodec.INSTANCE.validate(new BigDecimal("92233720368547758.08")));
        MoneyCodec.INSTANCE.validate(new BigDecimal("1.500"));
        MoneyCodec.INSTANCE.validate(new BigDecimal("-92233720368547758.08"));
    }

    @Test
    void numericSpecialValuesAreRefusedWithTheFix() {
        for (String special : new String[] {"NaN", "Infinity", "-Infinity"}) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> NumericCodec.INSTANCE.parse(special));
            assertTrue(refused.getMessage().contains("numeric value " + special + " has no BigDecimal"),
                    refused.getMessage());
        }
        assertEquals(new BigDecimal("-0.000100"), NumericCodec.INSTANCE.parse("-0.000100"));
        assertEquals("1000", NumericCodec.INSTANCE.format(new BigDecimal("1E+3")));
    }

    @Test
    void dateTextHandlesBcInfinityAndLargeYears() {
        assertEquals("0044-03-15 BC", PgDateTimeText.formatDate(LocalDate.of(-43, 3, 15)));
        assertEquals(LocalDate.of(-43, 3, 15), PgDateTimeText.parseDate("0044-03-15 BC"));
        assertEquals(LocalDate.of(0, 1, 1), PgDateTimeText.parseDate("0001-01-01 BC"));
        assertEquals(LocalDate.of(12345, 6, 7), PgDateTimeText.parseDate(PgDateTimeText.formatDate(LocalDate.of(12345, 6, 7))));
        assertEquals(LocalDate.MAX, PgDateTimeText.parseDate("infinity"));
        assertEquals("-infinity", PgDateTimeText.formatDate(LocalDate.MIN));
    }

    @Test
    void timeTextRoundsToMicrosecondsAnd24HoursIsMax() {
        assertEquals("10:00:00.000001", PgDateTimeText.formatTime(LocalTime.of(10, 0, 0, 500)));
        assertEquals("10:00:00.5", PgDateTimeText.formatTime(LocalTime.of(10, 0, 0, 500_000_000)));
        assertEquals("24:00:00", PgDateTimeText.formatTime(LocalTime.MAX));
        assertEquals(LocalTime.MAX, PgDateTimeText.parseTime("24:00:00"));
        assertEquals(LocalTime.of(23, 59, 59, 999_999_000), PgDateTimeText.parseTime("23:59:59.999999"));
    }

    @Test
    void timestamptzTextReadsAnySessionOffsetAsTheSameInstant() {
        OffsetDateTime expected = OffsetDateTime.of(2024, 1, 5, 10, 0, 0, 500_000_000, ZoneOffset.UTC);
        assertEquals(expected, PgDateTimeText.parseTimestamptz("2024-01-05 10:00:00.5+00"));
        assertEquals(expected, PgDateTimeText.parseTimestamptz("2024-01-05 06:30:00.5-03:30"));
        assertEquals(expected, PgDateTimeText.parseTimestamptz("2024-01-06 00:00:00.5+14"));
        assertEquals(OffsetDateTime.of(1900, 1, 1, 3, 30, 52, 0, ZoneOffset.UTC),
                PgDateTimeText.parseTimestamptz("1900-01-01 00:00:00-03:30:52"));
        assertEquals(OffsetDateTime.MAX, PgDateTimeText.parseTimestamptz("infinity"));
        assertEquals(OffsetDateTime.MIN, PgDateTimeText.parseTimestamptz("-infinity"));
        assertThrows(ValidationException.class, () -> PgDateTimeText.parseTimestamptz("2024-01-05 10:00:00"));
    }

    @Test
    void timestampTextRoundTripsBcAndFractions() {
        LocalDateTime bc = LocalDateTime.of(-99, 12, 31, 23, 59, 59, 123_456_000);
        assertEquals("0100-12-31 23:59:59.123456 BC", PgDateTimeText.formatTimestamp(bc));
        assertEquals(bc, PgDateTimeText.parseTimestamp("0100-12-31 23:59:59.123456 BC"));
        OffsetDateTime bcTz = OffsetDateTime.of(-99, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);
        assertEquals("0100-12-31 23:59:59+00 BC", PgDateTimeText.formatTimestamptz(bcTz));
        assertEquals(bcTz, PgDateTimeText.parseTimestamptz("0100-12-31 23:59:59+00 BC"));
        assertEquals(Instant.MAX, InstantCodec.INSTANCE.parse("infinity"));
        assertEquals("-infinity", InstantCodec.INSTANCE.format(Instant.MIN));
    }

    @Test
    void byteaTextReadsHexAndEscapeForms() {
        assertArrayEquals(new byte[] {0, 10, (byte) 0xff}, ByteaCodec.INSTANCE.parse("\\x000aff"));
        assertEquals("\\x000aff", ByteaCodec.INSTANCE.format(new byte[] {0, 10, (byte) 0xff}));
        assertArrayEquals(new byte[] {'a', 0, '\\', (byte) 0xff}, ByteaCodec.INSTANCE.parse("a\\000\\\\\\377"));
        assertThrows(ValidationException.class, () -> ByteaCodec.INSTANCE.parse("\\xzz"));
    }

    @Test
    void booleanTextReadsEveryPostgresSpelling() {
        assertEquals(true, BooleanCodec.INSTANCE.parse("t"));
        assertEquals(false, BooleanCodec.INSTANCE.parse("off"));
        assertThrows(ValidationException.class, () -> BooleanCodec.INSTANCE.parse("maybe"));
    }
}
