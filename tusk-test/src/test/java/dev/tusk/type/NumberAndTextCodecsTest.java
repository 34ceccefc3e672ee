package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@TuskTest
class NumberAndTextCodecsTest {

    @Test
    void integersRoundTripTheirWholeRangeAndNull(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Short> smallint = RoundTrip.codec(short.class);
            TypeCodec<Integer> integer = RoundTrip.codec(Integer.class);
            TypeCodec<Long> bigint = RoundTrip.codec(long.class);
            assertEquals(Short.MIN_VALUE, trip.through("smallint", smallint, Short.MIN_VALUE));
            assertEquals(Short.MAX_VALUE, trip.through("smallint", smallint, Short.MAX_VALUE));
            assertEquals(Integer.MIN_VALUE, trip.through("integer", integer, Integer.MIN_VALUE));
            assertEquals(Long.MAX_VALUE, trip.through("bigint", bigint, Long.MAX_VALUE));
            assertEquals(0L, trip.through("bigint", bigint, 0L));
            assertNull(trip.through("smallint", smallint, null));
            assertNull(trip.through("integer", integer, null));
            assertNull(trip.through("bigint", bigint, null));
        }
    }

    @Test
    void numericRoundTripsWithItsScale(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<BigDecimal> numeric = RoundTrip.codec(BigDecimal.class);
            BigDecimal huge = new BigDecimal("-123456789012345678901234567890.000000000000000000001");
            assertEquals(huge, trip.through("numeric", numeric, huge));
            assertEquals(new BigDecimal("1.50"), trip.through("numeric(10,2)", numeric, new BigDecimal("1.5")));
            assertNull(trip.through("numeric", numeric, null));
        }
    }

    @Test
    void numericNaNIsRefusedWithTheColumnReason(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<BigDecimal> numeric = RoundTrip.codec(BigDecimal.class);
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.select("'NaN'::numeric", numeric));
            assertTrue(refused.getMessage().startsWith("numeric value NaN has no BigDecimal equivalent"),
                    refused.getMessage());
            assertThrows(ValidationException.class, () -> trip.select("'-Infinity'::numeric", numeric));
        }
    }

    @Test
    void numericReadsTheBinaryFormOfAServerPreparedStatement(TestDatabase db) throws Exception {
        // pgjdbc switches a statement to server-side prepare (binary results) from its fifth execution
        TypeCodec<BigDecimal> numeric = RoundTrip.codec(BigDecimal.class);
        String sql = "SELECT v FROM (VALUES (1.50::numeric(5,2)), ('NaN'::numeric)) AS t(v) WHERE ? = 1";
        try (Connection connection = db.connection()) {
            for (int execution = 1; execution <= 8; execution++) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setInt(1, 1);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        assertEquals(new BigDecimal("1.50"), numeric.read(rows, 1), "execution " + execution);
                        rows.next();
                        ValidationException refused = assertThrows(ValidationException.class, () -> numeric.read(rows, 1));
                        assertTrue(refused.getMessage().startsWith("numeric value NaN"), refused.getMessage());
                    }
                }
            }
        }
    }

    @Test
    void floatingPointKeepsNaNInfinitiesAndNegativeZero(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Float> real = RoundTrip.codec(float.class);
            TypeCodec<Double> precise = RoundTrip.codec(Double.class);
            for (double value : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, 0.1}) {
                assertEquals(value, trip.through("double precision", precise, value));
                assertEquals((float) value, trip.through("real", real, (float) value));
            }
            assertNull(trip.through("real", real, null));
        }
    }

    @Test
    void booleanRoundTripsBothValuesAndNull(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Boolean> bool = RoundTrip.codec(boolean.class);
            assertEquals(true, trip.through("boolean", bool, true));
            assertEquals(false, trip.through("boolean", bool, false));
            assertNull(trip.through("boolean", bool, null));
        }
    }

    @Test
    void textRoundTripsAwkwardUnicodeAndDeclaredCharacterTypes(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<String> text = RoundTrip.codec(String.class);
            String awkward = "quote ' double \" backslash \\ elephant 🐘 ü 中文 \t\n end";
            assertEquals(awkward, trip.through("text", text, awkward));
            assertEquals("", trip.through("text", text, ""));
            assertNull(trip.through("text", text, null));
            assertEquals("short", trip.through("varchar(10)", RoundTrip.codec(String.class, "varchar(10)"), "short"));
            assertEquals("ab  ", trip.through("char(4)", RoundTrip.codec(String.class, "char(4)"), "ab"));
        }
    }

    @Test
    void textWithNulIsRefusedBeforeSqlAndTheServerWouldRefuseItToo(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<String> text = RoundTrip.codec(String.class);
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.through("text", text, "a\u0000b"));
            assertTrue(refused.getMessage().startsWith("text contains a NUL character (\\u0000), which PostgreSQL"
                    + " text cannot store"), refused.getMessage());
            try (PreparedStatement unchecked = connection.prepareStatement("select ?::text")) {
                text.bind(unchecked, 1, "a\u0000b");
                assertThrows(java.sql.SQLException.class, unchecked::executeQuery);
            }
        }
    }

    @Test
    void loneSurrogateIsRefusedBeforeSqlBecauseTheDriverWouldStoreSomethingElse(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<String> text = RoundTrip.codec(String.class);
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.through("text", text, "ok\uD83D"));
            assertTrue(refused.getMessage().contains("lone UTF-16 surrogate (\\uD83D) at index 2"), refused.getMessage());
            try (PreparedStatement unchecked = connection.prepareStatement("select ?::text")) {
                text.bind(unchecked, 1, "ok\uD83D");
                try (ResultSet rows = unchecked.executeQuery()) {
                    rows.next();
                    assertNotEquals("ok\uD83D", rows.getString(1));
                }
            }
        }
    }

    @Test
    void byteaRoundTripsNulBytesEmptyAndNull(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<byte[]> bytea = RoundTrip.codec(byte[].class);
            byte[] binary = {0, 1, (byte) 0xff, '\\', '"', 0};
            assertArrayEquals(binary, trip.through("bytea", bytea, binary));
            assertArrayEquals(new byte[0], trip.through("bytea", bytea, new byte[0]));
            assertNull(trip.through("bytea", bytea, null));
        }
    }

    @Test
    void uuidRoundTripsIncludingNil(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<UUID> uuid = RoundTrip.codec(UUID.class);
            UUID random = UUID.randomUUID();
            assertEquals(random, trip.through("uuid", uuid, random));
            assertEquals(new UUID(0, 0), trip.through("uuid", uuid, new UUID(0, 0)));
            assertNull(trip.through("uuid", uuid, null));
        }
    }

    @Test
    void moneyRoundTripsNegativeAndLargeAmounts(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            trip.execute("set lc_monetary = 'C'");
            TypeCodec<BigDecimal> money = RoundTrip.codec(BigDecimal.class, "money");
            assertEquals(new BigDecimal("-1234.50"), trip.through("money", money, new BigDecimal("-1234.5")));
            assertEquals(new BigDecimal("92233720368547758.07"),
                    trip.through("money", money, new BigDecimal("92233720368547758.07")));
            assertEquals(new BigDecimal("0.00"), trip.through("money", money, BigDecimal.ZERO));
            assertNull(trip.through("money", money, null));
            assertEquals("$1,234.56", trip.bindAndSelectText("select ?::money::text", money, new BigDecimal("1234.56")));
        }
    }

    @Test
    void moneyTooPreciseIsRefusedBeforeTheServerRoundsIt(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<BigDecimal> money = RoundTrip.codec(BigDecimal.class, "money");
            assertThrows(ValidationException.class, () -> trip.through("money", money, new BigDecimal("0.005")));
        }
    }
}
