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
import java.net.InetAddress;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@TuskTest
class StructuredCodecsTest {

    enum Rating { G, @EnumLabel("PG-13") PG_13, @EnumLabel("NC-17") NC_17 }

    record Order(String customer, LocalDate placed, List<Integer> quantities) {
    }

    record Generic(Map<String, String> hstore, Map<String, Object> settings, List<Order> orders) {
    }

    static Type typeOf(String component) throws Exception {
        return Generic.class.getDeclaredField(component).getGenericType();
    }

    @BeforeAll
    static void enumType(TestDatabase db) {
        db.execute("create type mpaa_rating as enum ('G', 'PG-13', 'NC-17', 'R')");
    }

    @Test
    void enumRoundTripsThroughAPostgresEnumUsingItsLabels(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Rating> rating = RoundTrip.codec(new TypeUsage(Rating.class, null, false, "mpaa_rating", 0));
            assertEquals(Rating.PG_13, trip.through("mpaa_rating", rating, Rating.PG_13));
            assertEquals("NC-17", trip.bindAndSelectText("select ?::mpaa_rating::text", rating, Rating.NC_17));
            assertNull(trip.through("mpaa_rating", rating, null));
            TypeCodec<Rating> asText = RoundTrip.codec(Rating.class);
            assertEquals(Rating.G, trip.through("text", asText, Rating.G));
        }
    }

    @Test
    void enumLabelUnknownToJavaNamesTheEnumClassAndLabel(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Rating> rating = RoundTrip.codec(new TypeUsage(Rating.class, null, false, "mpaa_rating", 0));
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.select("'R'::mpaa_rating", rating));
            assertTrue(refused.getMessage().contains("'R' matches no constant of enum " + Rating.class.getName()),
                    refused.getMessage());
        }
    }

    @Test
    void inetAddressRoundTripsIpv4AndIpv6(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<InetAddress> inet = RoundTrip.codec(InetAddress.class);
            InetAddress v4 = InetAddress.getByName("192.168.10.1");
            InetAddress v6 = InetAddress.getByName("2001:db8::ff00:42:8329");
            assertEquals(v4, trip.through("inet", inet, v4));
            assertEquals(v6, trip.through("inet", inet, v6));
            assertNull(trip.through("inet", inet, null));
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.select("'10.0.0.0/8'::inet", inet));
            assertTrue(refused.getMessage().contains("map the field to dev.tusk.type.Inet"), refused.getMessage());
        }
    }

    @Test
    void inetWithPrefixAndCidrRoundTrip(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Inet> inet = RoundTrip.codec(Inet.class);
            TypeCodec<Inet> cidr = RoundTrip.codec(Inet.class, "cidr");
            assertEquals(Inet.parse("10.1.2.3/8"), trip.through("inet", inet, Inet.parse("10.1.2.3/8")));
            assertEquals(Inet.parse("10.1.2.3"), trip.through("inet", inet, Inet.parse("10.1.2.3")));
            assertEquals(Inet.parse("2001:db8::/32"), trip.through("cidr", cidr, Inet.parse("2001:db8::/32")));
            assertEquals(Inet.parse("192.168.0.0/24"), trip.through("cidr", cidr, Inet.parse("192.168.0.0/24")));
            assertNull(trip.through("cidr", cidr, null));
            assertThrows(ValidationException.class, () -> trip.through("cidr", cidr, Inet.parse("192.168.0.1/24")));
        }
    }

    @Test
    void macaddrRoundTrips(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<MacAddress> macaddr = RoundTrip.codec(MacAddress.class);
            MacAddress mac = MacAddress.parse("08:00:2B:01:02:FF");
            assertEquals(mac, trip.through("macaddr", macaddr, mac));
            assertEquals(mac, trip.select("'0800.2b01.02ff'::macaddr", macaddr));
            assertNull(trip.through("macaddr", macaddr, null));
        }
    }

    @Test
    void hstoreRoundTripsNullValuesAndAwkwardKeys(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Map<String, String>> hstore = RoundTrip.codec(typeOf("hstore"));
            Map<String, String> awkward = new HashMap<>();
            awkward.put("plain", "1");
            awkward.put("quote\"key", "back\\slash");
            awkward.put("arrow=>key", "comma, space");
            awkward.put("nothing", null);
            awkward.put("", "NULL");
            awkward.put("ünï 🐘", "");
            assertEquals(awkward, trip.through("hstore", hstore, awkward));
            assertEquals(Map.of(), trip.through("hstore", hstore, Map.of()));
            assertNull(trip.through("hstore", hstore, null));
            assertThrows(ValidationException.class, () -> trip.through("hstore", hstore, Map.of("k", "nul\u0000")));
        }
    }

    @Test
    void pointRoundTripsExactDoublesAndInfinity(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Point> point = RoundTrip.codec(Point.class);
            Point precise = new Point(0.1 + 0.2, -1e-300);
            assertEquals(precise, trip.through("point", point, precise));
            Point odd = new Point(Double.NEGATIVE_INFINITY, Double.NaN);
            assertEquals(odd, trip.through("point", point, odd));
            assertNull(trip.through("point", point, null));
        }
    }

    @Test
    void tsvectorIsReadAsTextOnlyWhenDeclaredAndNormalizedByTheServer(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<String> tsvector = RoundTrip.codec(String.class, "tsvector");
            assertEquals("tsvector", tsvector.sqlType());
            assertEquals("'a' 'cat':2 'fat':1", trip.through("tsvector", tsvector, "fat:1 cat:2 a a"));
            assertNull(trip.through("tsvector", tsvector, null));
        }
    }

    @Test
    void stringDeclaredAsATypeWithoutCodecIsBoundAsItsText(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<String> xml = RoundTrip.codec(String.class, "xml");
            assertEquals("xml", xml.sqlType());
            assertEquals("<a href=\"x\">1</a>", trip.through("xml", xml, "<a href=\"x\">1</a>"));
            TypeCodec<String> uuidText = RoundTrip.codec(String.class, "uuid");
            assertEquals("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                    trip.through("uuid", uuidText, "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"));
            assertNull(trip.through("xml", xml, null));
        }
    }

    @Test
    void jsonbRoundTripsRecordsMapsAndJsonNodes(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<List<Order>> orders = RoundTrip.codec(new TypeUsage(typeOf("orders"), null, true, null, 0));
            List<Order> value = List.of(new Order("Zoë \"Z\"", LocalDate.of(2024, 2, 29), List.of(1, 2)));
            assertEquals(value, trip.through("jsonb", orders, value));
            TypeCodec<Map<String, Object>> settings = RoundTrip.codec(new TypeUsage(typeOf("settings"), null, true, null, 0));
            Map<String, Object> nested = Map.of("theme", "dark", "limits", Map.of("max", 3), "tags", List.of("a", "b"));
            assertEquals(nested, trip.through("jsonb", settings, nested));
            TypeCodec<JsonNode> node = RoundTrip.codec(JsonNode.class);
            JsonNode tree = new ObjectMapper().readTree("{\"a\": [1, 2.5, null, true], \"b\": {}}");
            assertEquals(tree, trip.through("jsonb", node, tree));
            assertNull(trip.through("jsonb", node, null));
        }
    }

    @Test
    void jsonKeepsTheTextAsWrittenButJsonbNormalizesIt(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            String text = "{\"b\": 1,   \"a\": 2, \"a\": 3}";
            assertEquals(text, trip.through("json", RoundTrip.codec(String.class, "json"), text));
            assertEquals("{\"a\": 3, \"b\": 1}", trip.through("jsonb", RoundTrip.codec(String.class, "jsonb"), text));
            TypeCodec<Map<String, Object>> asJson = RoundTrip.codec(new TypeUsage(typeOf("settings"), "json", true, null, 0));
            assertEquals(Map.of("k", "v"), trip.through("json", asJson, Map.of("k", "v")));
        }
    }

    @Test
    void jsonbWithANulCharacterIsRefusedBeforeSqlAndTheServerWouldRefuseItToo(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Map<String, Object>> settings = RoundTrip.codec(new TypeUsage(typeOf("settings"), null, true, null, 0));
            Map<String, Object> withNul = Map.of("k", "a\u0000b");
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.through("jsonb", settings, withNul));
            assertTrue(refused.getMessage().contains("jsonb cannot store"), refused.getMessage());
            try (var unchecked = connection.prepareStatement("select ?::jsonb")) {
                settings.bind(unchecked, 1, withNul);
                assertThrows(java.sql.SQLException.class, unchecked::executeQuery);
            }
        }
    }

    @Test
    void vectorRoundTripsAndWrongDimensionsAreRefused(TestDatabase db) throws Exception {
        Assumptions.assumeTrue(db.hasExtension("vector"), "pgvector not installed on this server");
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<float[]> vector = RoundTrip.codec(new TypeUsage(float[].class, null, false, null, 3));
            float[] value = {1.5f, -0.1f, 3e-7f};
            assertArrayEquals(value, trip.through("vector(3)", vector, value));
            assertNull(trip.through("vector(3)", vector, null));
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.through("vector(3)", vector, new float[] {1, 2}));
            assertTrue(refused.getMessage().contains("2 dimensions but the column expects 3"), refused.getMessage());
        }
    }
}
