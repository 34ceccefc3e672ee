package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tusk.annotation.EnumLabel;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@TuskTest
class ArrayCodecsTest {

    enum Mood { @EnumLabel("very happy") VERY_HAPPY, SAD }

    record Lists(List<Short> shorts, List<Integer> ints, List<Long> longs, List<BigDecimal> decimals,
                 List<Float> floats, List<Double> doubles, List<Boolean> booleans, List<String> strings,
                 List<byte[]> blobs, List<UUID> uuids, List<LocalDate> dates, List<LocalTime> times,
                 List<LocalDateTime> timestamps, List<OffsetDateTime> offsetTimestamps, List<Instant> instants,
                 List<Interval> intervals, List<Duration> durations, List<Mood> moods, List<InetAddress> addresses,
                 List<Inet> networks, List<MacAddress> macs, List<Map<String, String>> hstores, List<Point> points,
                 List<JsonNode> documents) {
    }

    @BeforeAll
    static void enumType(TestDatabase db) {
        db.execute("create type mood as enum ('very happy', 'SAD')");
    }

    private static Type listOf(String component) throws Exception {
        return Lists.class.getDeclaredField(component).getGenericType();
    }

    /** The list after a trip through a column of {@code columnType}, with a NULL element appended. */
    private static <T> void assertListRoundTrips(RoundTrip trip, String columnType, String component, List<T> values)
            throws Exception {
        TypeCodec<List<T>> codec = RoundTrip.codec(listOf(component));
        List<T> withNull = new ArrayList<>(values);
        withNull.add(null);
        assertEquals(withNull, trip.through(columnType, codec, withNull), columnType);
        assertEquals(List.of(), trip.through(columnType, codec, List.of()), columnType + " empty");
        assertNull(trip.through(columnType, codec, null), columnType + " null");
    }

    @Test
    void numberAndBooleanListsRoundTripWithNullElements(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            assertListRoundTrips(trip, "smallint[]", "shorts", List.of(Short.MIN_VALUE, (short) 7));
            assertListRoundTrips(trip, "integer[]", "ints", List.of(Integer.MAX_VALUE, -1));
            assertListRoundTrips(trip, "bigint[]", "longs", List.of(Long.MIN_VALUE, 0L));
            assertListRoundTrips(trip, "numeric[]", "decimals", List.of(new BigDecimal("-1.2300"), new BigDecimal("1E-20")));
            assertListRoundTrips(trip, "real[]", "floats", List.of(Float.NaN, Float.NEGATIVE_INFINITY, 0.1f, -0.0f));
            assertListRoundTrips(trip, "double precision[]", "doubles", List.of(Double.MAX_VALUE, Double.MIN_VALUE, -0.0));
            assertListRoundTrips(trip, "boolean[]", "booleans", List.of(true, false));
        }
    }

    @Test
    void textListsRoundTripEveryAwkwardElement(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            List<String> awkward = List.of("plain", "with \"quotes\"", "back\\slash", "a,b", "{braces}", "}{",
                    " spaced ", "", "NULL", "null", "tab\tnew\nline", "ünï 🐘", "\\\"", "x");
            assertListRoundTrips(trip, "text[]", "strings", awkward);
            assertListRoundTrips(trip, "varchar(20)[]", "strings", awkward);
            TypeCodec<String[]> array = RoundTrip.codec(String[].class);
            String[] asArray = awkward.toArray(String[]::new);
            assertArrayEquals(asArray, trip.through("text[]", array, asArray));
            assertThrows(ValidationException.class, () -> trip.through("text[]", array, new String[] {"a\u0000"}));
        }
    }

    @Test
    void byteaUuidAndDateTimeListsRoundTrip(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<List<byte[]>> blobs = RoundTrip.codec(listOf("blobs"));
            List<byte[]> read = trip.through("bytea[]", blobs, Arrays.asList(new byte[] {0, '"', '\\', (byte) 0xff}, null));
            assertArrayEquals(new byte[] {0, '"', '\\', (byte) 0xff}, read.get(0));
            assertNull(read.get(1));
            assertListRoundTrips(trip, "uuid[]", "uuids", List.of(UUID.randomUUID(), new UUID(0, 0)));
            assertListRoundTrips(trip, "date[]", "dates", List.of(LocalDate.of(-43, 3, 15), LocalDate.MAX, LocalDate.of(2024, 2, 29)));
            assertListRoundTrips(trip, "time[]", "times", List.of(LocalTime.MAX, LocalTime.of(0, 0, 0, 1_000)));
            assertListRoundTrips(trip, "timestamp[]", "timestamps", List.of(LocalDateTime.of(2024, 3, 10, 2, 30),
                    LocalDateTime.MIN, LocalDateTime.of(-99, 1, 1, 0, 0, 0, 999_999_000)));
            assertListRoundTrips(trip, "interval[]", "intervals", List.of(Interval.of(14, -3, -1), Interval.ZERO));
            assertListRoundTrips(trip, "interval[]", "durations", List.of(Duration.ofHours(-36).minusNanos(1000)));
        }
    }

    @Test
    void timestamptzListsReadTheSameInstantsInEverySessionZone(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            List<OffsetDateTime> moments = List.of(OffsetDateTime.of(2024, 1, 5, 10, 0, 0, 500_000_000, ZoneOffset.UTC),
                    OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), OffsetDateTime.MAX, OffsetDateTime.MIN,
                    OffsetDateTime.of(-99, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));
            for (String zone : new String[] {"UTC", "America/St_Johns", "Pacific/Kiritimati", "Asia/Kolkata"}) {
                trip.execute("set time zone '" + zone + "'");
                assertListRoundTrips(trip, "timestamptz[]", "offsetTimestamps", moments);
                assertListRoundTrips(trip, "timestamptz[]", "instants",
                        List.of(Instant.parse("1969-07-20T20:17:40.000001Z"), Instant.MAX));
            }
        }
    }

    @Test
    void enumNetworkAndGeometryListsRoundTrip(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<List<Mood>> moods = RoundTrip.codec(new TypeUsage(listOf("moods"), null, false, "mood", 0));
            List<Mood> feelings = Arrays.asList(Mood.VERY_HAPPY, null, Mood.SAD);
            assertEquals("mood[]", moods.sqlType());
            assertEquals(feelings, trip.through("mood[]", moods, feelings));
            assertListRoundTrips(trip, "text[]", "moods", List.of(Mood.SAD, Mood.VERY_HAPPY));
            assertListRoundTrips(trip, "inet[]", "addresses",
                    List.of(InetAddress.getByName("10.0.0.1"), InetAddress.getByName("::1")));
            assertListRoundTrips(trip, "inet[]", "networks", List.of(Inet.parse("10.1.2.3/8"), Inet.parse("fe80::1")));
            TypeCodec<List<Inet>> cidrs = RoundTrip.codec(listOf("networks"), "cidr[]");
            List<Inet> networks = Arrays.asList(Inet.parse("10.0.0.0/8"), null);
            assertEquals(networks, trip.through("cidr[]", cidrs, networks));
            assertListRoundTrips(trip, "macaddr[]", "macs", List.of(MacAddress.parse("08:00:2b:01:02:03")));
            assertListRoundTrips(trip, "point[]", "points", List.of(new Point(1.5, -2), new Point(0.1, 1e300)));
        }
    }

    @Test
    void hstoreJsonbAndMoneyListsRoundTrip(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            java.util.HashMap<String, String> entries = new java.util.HashMap<>(Map.of("a\"b", "c,d", "{}", "\\"));
            entries.put("gone", null);
            assertListRoundTrips(trip, "hstore[]", "hstores", List.of(entries, Map.of()));
            ObjectMapper mapper = new ObjectMapper();
            assertListRoundTrips(trip, "jsonb[]", "documents",
                    List.of(mapper.readTree("{\"a\": \"x,\\\"y\\\"}\"}"), mapper.readTree("[1, null]")));
            trip.execute("set lc_monetary = 'C'");
            TypeCodec<List<BigDecimal>> money = RoundTrip.codec(listOf("decimals"), "money[]");
            List<BigDecimal> amounts = Arrays.asList(new BigDecimal("-1234.50"), null, new BigDecimal("0.01"));
            assertEquals(amounts, trip.through("money[]", money, amounts));
        }
    }

    @Test
    void primitiveArraysRoundTrip(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            int[] ints = {Integer.MIN_VALUE, 0, 42};
            assertArrayEquals(ints, trip.through("integer[]", RoundTrip.<int[]>codec(int[].class), ints));
            long[] longs = {Long.MAX_VALUE, -1};
            assertArrayEquals(longs, trip.through("bigint[]", RoundTrip.<long[]>codec(long[].class), longs));
            short[] shorts = {Short.MIN_VALUE, 3};
            assertArrayEquals(shorts, trip.through("smallint[]", RoundTrip.<short[]>codec(short[].class), shorts));
            double[] doubles = {Double.NaN, 0.1, Double.NEGATIVE_INFINITY};
            assertArrayEquals(doubles, trip.through("double precision[]", RoundTrip.<double[]>codec(double[].class), doubles));
            float[] floats = {0.1f, -3e-7f};
            assertArrayEquals(floats, trip.through("real[]", RoundTrip.<float[]>codec(float[].class), floats));
            boolean[] booleans = {true, false, true};
            assertArrayEquals(booleans, trip.through("boolean[]", RoundTrip.<boolean[]>codec(boolean[].class), booleans));
            assertArrayEquals(new int[0], trip.through("integer[]", RoundTrip.<int[]>codec(int[].class), new int[0]));
            LocalDate[] dates = {LocalDate.of(2000, 1, 1), null};
            assertArrayEquals(dates, trip.through("date[]", RoundTrip.<LocalDate[]>codec(LocalDate[].class), dates));
        }
    }

    @Test
    void nullElementIntoAPrimitiveArrayIsRefusedWithTheFix(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.select("array[1, null]::int[]", RoundTrip.<int[]>codec(int[].class)));
            assertTrue(refused.getMessage().contains("NULL element, which a int[] cannot hold"), refused.getMessage());
        }
    }

    @Test
    void multiDimensionalArraysAreRefusedAndOtherLowerBoundsRead(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<List<Integer>> ints = RoundTrip.codec(listOf("ints"));
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.select("'{{1,2},{3,4}}'::int[]", ints));
            assertTrue(refused.getMessage().contains("multi-dimensional"), refused.getMessage());
            assertEquals(List.of(7, 8), trip.select("'[0:1]={7,8}'::int[]", ints));
        }
    }

    @Test
    void arrayParameterWorksWithEqualsAny(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            trip.execute("create temporary table people (id bigint, name text, feeling mood)");
            trip.execute("insert into people values (1, 'a,b', 'SAD'), (2, 'c', 'very happy'), (3, 'NULL', 'SAD')");
            TypeCodec<long[]> ids = RoundTrip.codec(long[].class);
            TypeCodec<List<String>> names = RoundTrip.codec(listOf("strings"));
            TypeCodec<List<Mood>> moods = RoundTrip.codec(new TypeUsage(listOf("moods"), null, false, "mood", 0));
            assertEquals(List.of(1L, 3L), idsMatching(connection, "id = any(?)", ids, new long[] {1, 3, 99}));
            assertEquals(List.of(1L, 3L), idsMatching(connection, "name = any(?)", names, List.of("a,b", "NULL")));
            assertEquals(List.of(2L), idsMatching(connection, "feeling = any(?)", moods, List.of(Mood.VERY_HAPPY)));
        }
    }

    private static <T> List<Long> idsMatching(Connection connection, String condition, TypeCodec<T> codec, T value)
            throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from people where " + condition + " order by id")) {
            codec.bind(select, 1, value);
            List<Long> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }
}
