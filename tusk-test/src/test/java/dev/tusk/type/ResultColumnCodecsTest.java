package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@TuskTest
class ResultColumnCodecsTest {

    /** Each SQL expression and the value its column must read as through forSqlType(getColumnTypeName). */
    private static Map<String, Object> expectations() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("1::int2", (short) 1);
        expected.put("2::int4", 2);
        expected.put("3::int8", 3L);
        expected.put("1.50::numeric", new BigDecimal("1.50"));
        expected.put("1.5::float4", 1.5f);
        expected.put("2.5::float8", 2.5);
        expected.put("true", true);
        expected.put("'t'::text", "t");
        expected.put("'v'::varchar(3)", "v");
        expected.put("'c'::char(2)", "c ");
        expected.put("'\\x00ff'::bytea", new byte[] {0, (byte) 0xff});
        expected.put("'00000000-0000-0000-0000-000000000001'::uuid", new UUID(0, 1));
        expected.put("'2024-02-29'::date", LocalDate.of(2024, 2, 29));
        expected.put("'10:11:12'::time", LocalTime.of(10, 11, 12));
        expected.put("'2024-02-29 10:11:12'::timestamp", LocalDateTime.of(2024, 2, 29, 10, 11, 12));
        expected.put("'2024-02-29 10:11:12+02'::timestamptz", OffsetDateTime.of(2024, 2, 29, 8, 11, 12, 0, ZoneOffset.UTC));
        expected.put("'1 mon 2 days 03:00:00'::interval", Interval.of(1, 2, 3 * 3_600_000_000L));
        expected.put("'{\"a\": 1}'::jsonb", new ObjectMapper().readTree("{\"a\": 1}"));
        expected.put("'[1, 2]'::json", new ObjectMapper().readTree("[1, 2]"));
        expected.put("'{1,NULL}'::int4[]", Arrays.asList(1, null));
        expected.put("'{\"a b\",NULL}'::text[]", Arrays.asList("a b", null));
        expected.put("'10.1.2.3/8'::inet", Inet.parse("10.1.2.3/8"));
        expected.put("'10.0.0.0/8'::cidr", Inet.parse("10.0.0.0/8"));
        expected.put("'08:00:2b:01:02:03'::macaddr", MacAddress.parse("08:00:2b:01:02:03"));
        expected.put("'a=>1, b=>NULL'::hstore", hstore());
        expected.put("'(1,2)'::point", new Point(1, 2));
        expected.put("'12.34'::money", new BigDecimal("12.34"));
        expected.put("'cat'::tsvector", "'cat'");
        return expected;
    }

    private static Map<String, String> hstore() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("a", "1");
        entries.put("b", null);
        return entries;
    }

    @Test
    void everyBuiltInResultColumnTypeReadsThroughItsDefaultCodec(TestDatabase db) throws Exception {
        Map<String, Object> expected = expectations();
        String sql = "select " + String.join(", ", expected.keySet());
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            statement.execute("set lc_monetary = 'C'");
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                ResultSetMetaData meta = rows.getMetaData();
                int column = 1;
                for (Map.Entry<String, Object> expectation : expected.entrySet()) {
                    String typeName = meta.getColumnTypeName(column);
                    TypeCodec<?> codec = RoundTrip.REGISTRY.forSqlType(typeName)
                            .orElseThrow(() -> new AssertionError("no codec for result type " + typeName));
                    Object value = codec.read(rows, column++);
                    if (expectation.getValue() instanceof byte[] bytes) {
                        assertArrayEquals(bytes, (byte[]) value, expectation.getKey());
                    } else {
                        assertEquals(expectation.getValue(), value, expectation.getKey() + " as " + typeName);
                    }
                }
            }
        }
    }

    @Test
    void nullResultColumnsReadAsNullAndUnknownTypesAreEmpty(TestDatabase db) throws Exception {
        db.execute("create type weather as enum ('sun')");
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select null::int8, null::jsonb, null::_text, 'sun'::weather, '<a/>'::xml")) {
            rows.next();
            ResultSetMetaData meta = rows.getMetaData();
            for (int column = 1; column <= 3; column++) {
                assertNull(RoundTrip.REGISTRY.forSqlType(meta.getColumnTypeName(column)).orElseThrow().read(rows, column));
            }
            assertEquals(Optional.empty(), RoundTrip.REGISTRY.forSqlType(meta.getColumnTypeName(4)));
            assertEquals(Optional.empty(), RoundTrip.REGISTRY.forSqlType(meta.getColumnTypeName(5)));
            assertTrue(meta.getColumnTypeName(4).contains("weather"), meta.getColumnTypeName(4));
        }
    }

    @Test
    void resultColumnsOfStringLists(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            assertEquals(List.of("x", "NULL"), trip.select("array['x', 'NULL']", RoundTrip.REGISTRY.forSqlType("_text").orElseThrow()));
        }
    }
}
