package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.tusk.annotation.EnumLabel;
import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.MappingException;
import dev.tusk.exception.ValidationException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodecRegistryTest {
    private final CodecRegistry registry = CodecRegistry.defaults();

    enum Rating { G, @EnumLabel("PG-13") PG_13, NC_17 }

    enum Clash { FIRST, @EnumLabel("FIRST") SECOND }

    record Shapes(List<String> strings, List<Rating> ratings, Map<String, String> hstore, List<List<Integer>> nested,
                  Map<String, Object> settings, List<UUID> uuids, Map<String, Integer> notHstore, List<Inet> networks) {
    }

    record Setting(String name, int level) {
    }

    static Type typeOf(String component) {
        for (var recordComponent : Shapes.class.getRecordComponents()) {
            if (recordComponent.getName().equals(component)) {
                return recordComponent.getGenericType();
            }
        }
        throw new IllegalArgumentException(component);
    }

    private String sqlTypeOf(Type javaType) {
        return registry.find(TypeUsage.of(javaType)).orElseThrow().sqlType();
    }

    private String sqlTypeOf(Type javaType, String declared) {
        return registry.find(new TypeUsage(javaType, declared, false, null, 0)).orElseThrow().sqlType();
    }

    @Test
    void javaTypesMapToTheirDefaultPostgresTypesPrimitiveAndBoxed() {
        assertEquals("smallint", sqlTypeOf(short.class));
        assertEquals("smallint", sqlTypeOf(Short.class));
        assertEquals("integer", sqlTypeOf(int.class));
        assertEquals("bigint", sqlTypeOf(Long.class));
        assertEquals("real", sqlTypeOf(float.class));
        assertEquals("double precision", sqlTypeOf(Double.class));
        assertEquals("boolean", sqlTypeOf(boolean.class));
        assertEquals("numeric", sqlTypeOf(BigDecimal.class));
        assertEquals("text", sqlTypeOf(String.class));
        assertEquals("bytea", sqlTypeOf(byte[].class));
        assertEquals("uuid", sqlTypeOf(UUID.class));
        assertEquals("date", sqlTypeOf(LocalDate.class));
        assertEquals("time", sqlTypeOf(LocalTime.class));
        assertEquals("timestamp", sqlTypeOf(LocalDateTime.class));
        assertEquals("timestamp with time zone", sqlTypeOf(OffsetDateTime.class));
        assertEquals("timestamp with time zone", sqlTypeOf(Instant.class));
        assertEquals("interval", sqlTypeOf(Duration.class));
        assertEquals("interval", sqlTypeOf(Interval.class));
        assertEquals("inet", sqlTypeOf(InetAddress.class));
        assertEquals("inet", sqlTypeOf(Inet4Address.class));
        assertEquals("inet", sqlTypeOf(Inet.class));
        assertEquals("macaddr", sqlTypeOf(MacAddress.class));
        assertEquals("point", sqlTypeOf(Point.class));
        assertEquals("hstore", sqlTypeOf(typeOf("hstore")));
        assertEquals("jsonb", sqlTypeOf(JsonNode.class));
        assertEquals("text", sqlTypeOf(Rating.class));
    }

    @Test
    void containersMapToArraysOfTheirElementType() {
        assertEquals("text[]", sqlTypeOf(typeOf("strings")));
        assertEquals("uuid[]", sqlTypeOf(typeOf("uuids")));
        assertEquals("integer[]", sqlTypeOf(int[].class));
        assertEquals("bigint[]", sqlTypeOf(long[].class));
        assertEquals("smallint[]", sqlTypeOf(short[].class));
        assertEquals("double precision[]", sqlTypeOf(double[].class));
        assertEquals("real[]", sqlTypeOf(float[].class));
        assertEquals("boolean[]", sqlTypeOf(boolean[].class));
        assertEquals("bytea[]", sqlTypeOf(byte[][].class));
        assertEquals("date[]", sqlTypeOf(LocalDate[].class));
        assertEquals("inet[]", sqlTypeOf(typeOf("networks")));
        assertEquals("cidr[]", sqlTypeOf(typeOf("networks"), "cidr[]"));
    }

    @Test
    void unmappedTypesAreEmpty() {
        assertEquals(Optional.empty(), registry.find(TypeUsage.of(Object.class)));
        assertEquals(Optional.empty(), registry.find(TypeUsage.of(typeOf("notHstore"))));
        assertEquals(Optional.empty(), registry.find(TypeUsage.of(Setting.class)));
    }

    @Test
    void listsOfListsAreRefusedAsMultiDimensional() {
        MappingException refused = assertThrows(MappingException.class,
                () -> registry.find(TypeUsage.of(typeOf("nested"))));
        assertTrue(refused.getMessage().contains("one-dimensional"), refused.getMessage());
    }

    @Test
    void declaredTypesOverrideTheDefaultAndKeepTheirSpelling() {
        assertEquals("varchar(20)", sqlTypeOf(String.class, "varchar(20)"));
        assertEquals("numeric(10,2)", sqlTypeOf(BigDecimal.class, "numeric(10,2)"));
        assertEquals("money", sqlTypeOf(BigDecimal.class, "money"));
        assertEquals("cidr", sqlTypeOf(Inet.class, "cidr"));
        assertEquals("tsvector", sqlTypeOf(String.class, "tsvector"));
        assertEquals("xml", sqlTypeOf(String.class, "xml"));
        assertEquals("jsonb", sqlTypeOf(String.class, "jsonb"));
        assertEquals("vector", sqlTypeOf(float[].class, "vector"));
        assertEquals("int4[]", sqlTypeOf(int[].class, "_int4"));
        assertEquals("json", sqlTypeOf(typeOf("settings"), "json"));
        assertEquals("int4", sqlTypeOf(int.class, "int4"));
        assertEquals("timestamp(3) with time zone", sqlTypeOf(OffsetDateTime.class, "timestamp(3) with time zone"));
        assertSame(MoneyCodec.INSTANCE, registry.find(new TypeUsage(BigDecimal.class, "money", false, null, 0)).get());
    }

    @Test
    void declaredTypeThatDoesNotFitTheJavaTypeIsAMappingError() {
        MappingException refused = assertThrows(MappingException.class,
                () -> registry.find(new TypeUsage(int.class, "text", false, null, 0)));
        assertTrue(refused.getMessage().contains("does not fit the Java type int"), refused.getMessage());
        assertThrows(MappingException.class, () -> registry.find(new TypeUsage(typeOf("strings"), "text", false, null, 0)));
    }

    @Test
    void enumsUseTheirLabelsAndTheDeclaredPostgresEnumType() {
        @SuppressWarnings("unchecked")
        TypeCodec<Rating> rating = (TypeCodec<Rating>) registry.find(
                new TypeUsage(Rating.class, null, false, "mpaa_rating", 0)).orElseThrow();
        assertEquals("mpaa_rating", rating.sqlType());
        assertEquals("PG-13", rating.format(Rating.PG_13));
        assertEquals(Rating.PG_13, rating.parse("PG-13"));
        assertEquals(Rating.NC_17, rating.parse("NC_17"));
        assertEquals("mpaa_rating[]", registry.find(
                new TypeUsage(typeOf("ratings"), null, false, "mpaa_rating", 0)).orElseThrow().sqlType());
        assertEquals("rating", registry.find(new TypeUsage(Rating.class, null, false, "", 0)).orElseThrow().sqlType());
    }

    @Test
    void unknownEnumLabelNamesTheEnumClassAndTheLabel() {
        TypeCodec<?> rating = registry.find(TypeUsage.of(Rating.class)).orElseThrow();
        ValidationException refused = assertThrows(ValidationException.class, () -> rating.parse("R"));
        assertTrue(refused.getMessage().contains("'R'"), refused.getMessage());
        assertTrue(refused.getMessage().contains(Rating.class.getName()), refused.getMessage());
    }

    @Test
    void enumWithTwoConstantsOnOneLabelIsAConfigurationError() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> registry.find(TypeUsage.of(Clash.class)));
        assertTrue(refused.getMessage().contains("both FIRST and SECOND"), refused.getMessage());
    }

    @Test
    void vectorChecksTheDimensionsBeforeSql() {
        @SuppressWarnings("unchecked")
        TypeCodec<float[]> vector = (TypeCodec<float[]>) registry.find(
                new TypeUsage(float[].class, null, false, null, 3)).orElseThrow();
        assertEquals("vector(3)", vector.sqlType());
        ValidationException refused = assertThrows(ValidationException.class, () -> vector.validate(new float[2]));
        assertTrue(refused.getMessage().contains("vector has 2 dimensions but the column expects 3"), refused.getMessage());
        assertThrows(ValidationException.class, () -> vector.validate(new float[] {1, Float.NaN, 3}));
        vector.validate(new float[] {1, 2, 3});
        assertEquals("[1.0,-2.5,3.0E-5]", vector.format(new float[] {1, -2.5f, 3e-5f}));
        assertEquals(List.of(1f, -2.5f, 3e-5f), boxed(vector.parse("[1,-2.5,3e-05]")));
        assertThrows(MappingException.class, () -> registry.find(new TypeUsage(double[].class, null, false, null, 3)));
    }

    private static List<Float> boxed(float[] values) {
        List<Float> list = new java.util.ArrayList<>();
        for (float value : values) {
            list.add(value);
        }
        return list;
    }

    @Test
    void jsonCodecReadsTheDeclaredGenericTypeAndRefusesNulEscapesForJsonb() {
        @SuppressWarnings("unchecked")
        TypeCodec<Map<String, Object>> settings = (TypeCodec<Map<String, Object>>) registry.find(
                new TypeUsage(typeOf("settings"), null, true, null, 0)).orElseThrow();
        assertEquals("jsonb", settings.sqlType());
        assertEquals(Map.of("a", List.of(1, 2)), settings.parse("{\"a\": [1, 2]}"));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> settings.validate(Map.of("bad", "x\u0000y")));
        assertTrue(refused.getMessage().contains("\\u0000"), refused.getMessage());
        settings.validate(Map.of("fine", "a literal backslash-u: \\u0000"));
        assertThrows(ValidationException.class, () -> settings.validate(Map.of("bad", "x\uD800")));
        TypeCodec<?> json = registry.find(new TypeUsage(typeOf("settings"), "json", true, null, 0)).orElseThrow();
        assertEquals("json", json.sqlType());
        TypeCodec<?> inText = registry.find(new TypeUsage(typeOf("settings"), "text", true, null, 0)).orElseThrow();
        assertEquals("text", inText.sqlType());
    }

    @Test
    void jsonNodeReadsJsonNullAsNullNode() {
        @SuppressWarnings("unchecked")
        TypeCodec<JsonNode> node = (TypeCodec<JsonNode>) registry.find(TypeUsage.of(JsonNode.class)).orElseThrow();
        assertEquals(NullNode.getInstance(), node.parse("null"));
    }

    @Test
    void jsonTextForStringFieldsRefusesNulEscapeOnlyForJsonb() {
        assertThrows(ValidationException.class, () -> JsonTextCodec.JSONB.validate("{\"a\":\"\\u0000\"}"));
        JsonTextCodec.JSON.validate("{\"a\":\"\\u0000\"}");
        JsonTextCodec.JSONB.validate("{\"a\":\"\\\\u0000\"}");
    }

    @Test
    void jsonMapperOfTheRegistryIsUsed() {
        ObjectMapper sorted = new ObjectMapper().configure(
                com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT, true);
        @SuppressWarnings("unchecked")
        TypeCodec<Setting> setting = (TypeCodec<Setting>) registry.withJsonMapper(sorted)
                .find(new TypeUsage(Setting.class, null, true, null, 0)).orElseThrow();
        assertTrue(setting.format(new Setting("x", 1)).contains("\n"));
        @SuppressWarnings("unchecked")
        TypeCodec<Setting> plain = (TypeCodec<Setting>) registry
                .find(new TypeUsage(Setting.class, null, true, null, 0)).orElseThrow();
        assertEquals("{\"name\":\"x\",\"level\":1}", plain.format(new Setting("x", 1)));
    }

    @Test
    void addedFactoriesAreAskedFirstNewestFirst() {
        TypeCodec<String> shout = new ShoutCodec("first");
        TypeCodec<String> whisper = new ShoutCodec("second");
        CodecRegistry custom = registry
                .withFactory((usage, codecs) -> usage.javaType() == String.class ? Optional.of(shout) : Optional.empty())
                .withFactory((usage, codecs) -> usage.javaType() == String.class ? Optional.of(whisper) : Optional.empty());
        assertSame(whisper, custom.find(TypeUsage.of(String.class)).orElseThrow());
        assertEquals("second[]", custom.find(TypeUsage.of(String[].class)).orElseThrow().sqlType());
        assertSame(TextCodec.INSTANCE, registry.find(TypeUsage.of(String.class)).orElseThrow());
    }

    @Test
    void findCachesPerUsage() {
        TypeUsage usage = TypeUsage.of(typeOf("strings"));
        assertSame(registry.find(usage).orElseThrow(), registry.find(TypeUsage.of(typeOf("strings"))).orElseThrow());
    }

    @Test
    void resultColumnTypeNamesGetTheirDefaultCodec() {
        assertEquals("integer", registry.forSqlType("int4").orElseThrow().sqlType());
        assertEquals("bigint", registry.forSqlType("int8").orElseThrow().sqlType());
        assertEquals("smallint", registry.forSqlType("int2").orElseThrow().sqlType());
        assertEquals("text", registry.forSqlType("varchar").orElseThrow().sqlType());
        assertEquals("text", registry.forSqlType("bpchar").orElseThrow().sqlType());
        assertEquals("boolean", registry.forSqlType("bool").orElseThrow().sqlType());
        assertEquals("double precision", registry.forSqlType("float8").orElseThrow().sqlType());
        assertEquals("timestamp with time zone", registry.forSqlType("timestamptz").orElseThrow().sqlType());
        assertSame(IntervalCodec.INSTANCE, registry.forSqlType("interval").orElseThrow());
        assertSame(InetPrefixCodec.CIDR, registry.forSqlType("cidr").orElseThrow());
        assertSame(InetPrefixCodec.INET, registry.forSqlType("inet").orElseThrow());
        assertSame(MoneyCodec.INSTANCE, registry.forSqlType("money").orElseThrow());
        assertEquals("jsonb", registry.forSqlType("jsonb").orElseThrow().sqlType());
        assertEquals("integer[]", registry.forSqlType("_int4").orElseThrow().sqlType());
        assertEquals("text[]", registry.forSqlType("_text").orElseThrow().sqlType());
        assertEquals("vector", registry.forSqlType("vector").orElseThrow().sqlType());
        assertEquals(List.of(1, 2), registry.forSqlType("_int4").orElseThrow().parse("{1,2}"));
        assertEquals(Optional.empty(), registry.forSqlType("mpaa_rating"));
        assertEquals(Optional.empty(), registry.forSqlType("xml"));
    }

    @Test
    void primitiveArraysRefuseNullElementsWithTheFix() {
        TypeCodec<?> ints = registry.find(TypeUsage.of(int[].class)).orElseThrow();
        ValidationException refused = assertThrows(ValidationException.class, () -> ints.parse("{1,NULL}"));
        assertTrue(refused.getMessage().contains("int[]"), refused.getMessage());
    }

    private static final class ShoutCodec implements TypeCodec<String> {
        private final String name;

        ShoutCodec(String name) {
            this.name = name;
        }

        @Override
        public String sqlType() {
            return name;
        }

        @Override
        public void bind(PreparedStatement statement, int index, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String read(ResultSet rows, int column) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String format(String value) {
            return value;
        }

        @Override
        public String parse(String text) {
            return text;
        }
    }
}
