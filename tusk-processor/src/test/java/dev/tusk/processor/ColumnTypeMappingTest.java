package dev.tusk.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Java field type gets the column type whose operators fit its values. */
class ColumnTypeMappingTest {
    private static final String ENTITY = """
            package shop;

            import com.fasterxml.jackson.databind.JsonNode;
            import com.fasterxml.jackson.databind.node.ObjectNode;
            import dev.tusk.annotation.Column;
            import dev.tusk.annotation.Id;
            import dev.tusk.annotation.Json;
            import dev.tusk.annotation.Table;
            import dev.tusk.annotation.Vector;
            import dev.tusk.type.Inet;
            import dev.tusk.type.Point;
            import java.math.BigDecimal;
            import java.math.BigInteger;
            import java.time.Duration;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.LocalDateTime;
            import java.time.LocalTime;
            import java.time.OffsetDateTime;
            import java.util.List;
            import java.util.Map;
            import java.util.UUID;

            @Table
            public record Everything(@Id long id,
                    String text, @Column(type = "jsonb") String jsonText,
                    byte tiny, short small, int integer, long big, float real, double dbl,
                    Byte tinyBox, Short smallBox, Integer integerBox, Long bigBox, Float realBox, Double dblBox,
                    BigDecimal numeric, BigInteger huge,
                    boolean flag, Boolean flagBox,
                    LocalDate date, LocalTime time, LocalDateTime timestamp, OffsetDateTime timestamptz, Instant instant,
                    UUID uuid,
                    Mood mood,
                    @Json Map<String, Object> settings, @Json List<Object> jsonList, @Json Address address,
                    @Json int jsonNumber, JsonNode node, ObjectNode objectNode,
                    @Column(type = "JSONB") Map<String, Object> declaredJson,
                    List<String> tags, List<Mood> moods, List<? extends Number> measures, List<List<String>> nested,
                    String[] names, Byte[] boxedBytes,
                    int[] ints, long[] longs, short[] shorts, double[] doubles, boolean[] booleans, float[] floats,
                    @Vector(dimensions = 3) float[] embedding, @Column(type = "vector") float[] unsized,
                    byte[] bytes, char[] chars, char letter, Duration duration, Inet inet, Point point,
                    Map<String, String> hstore) {

                public enum Mood { HAPPY, SAD }

                public record Address(String city, int zip) {}
            }
            """;

    private static Compilation compilation;
    private static Class<?> metamodel;

    @BeforeAll
    static void compileEverything() {
        compilation = new InMemoryCompiler().source("shop/Everything.java", ENTITY).compile();
        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        metamodel = compilation.load("shop.Everything_");
    }

    static Stream<Arguments> fieldsAndColumnTypes() {
        return Stream.of(
                column("text", "StringCol<shop.Everything>"),
                column("jsonText", "StringCol<shop.Everything>"),
                column("tiny", "NumberCol<shop.Everything, java.lang.Byte>"),
                column("small", "NumberCol<shop.Everything, java.lang.Short>"),
                column("integer", "NumberCol<shop.Everything, java.lang.Integer>"),
                column("big", "NumberCol<shop.Everything, java.lang.Long>"),
                column("real", "NumberCol<shop.Everything, java.lang.Float>"),
                column("dbl", "NumberCol<shop.Everything, java.lang.Double>"),
                column("tinyBox", "NumberCol<shop.Everything, java.lang.Byte>"),
                column("smallBox", "NumberCol<shop.Everything, java.lang.Short>"),
                column("integerBox", "NumberCol<shop.Everything, java.lang.Integer>"),
                column("bigBox", "NumberCol<shop.Everything, java.lang.Long>"),
                column("realBox", "NumberCol<shop.Everything, java.lang.Float>"),
                column("dblBox", "NumberCol<shop.Everything, java.lang.Double>"),
                column("numeric", "NumberCol<shop.Everything, java.math.BigDecimal>"),
                column("huge", "NumberCol<shop.Everything, java.math.BigInteger>"),
                column("flag", "BooleanCol<shop.Everything>"),
                column("flagBox", "BooleanCol<shop.Everything>"),
                column("date", "TemporalCol<shop.Everything, java.time.LocalDate>"),
                column("time", "TemporalCol<shop.Everything, java.time.LocalTime>"),
                column("timestamp", "TemporalCol<shop.Everything, java.time.LocalDateTime>"),
                column("timestamptz", "TemporalCol<shop.Everything, java.time.OffsetDateTime>"),
                column("instant", "TemporalCol<shop.Everything, java.time.Instant>"),
                column("uuid", "UuidCol<shop.Everything>"),
                column("mood", "EnumCol<shop.Everything, shop.Everything$Mood>"),
                column("settings", "JsonCol<shop.Everything, java.util.Map>"),
                column("jsonList", "JsonCol<shop.Everything, java.util.List>"),
                column("address", "JsonCol<shop.Everything, shop.Everything$Address>"),
                column("jsonNumber", "JsonCol<shop.Everything, java.lang.Integer>"),
                column("node", "JsonCol<shop.Everything, com.fasterxml.jackson.databind.JsonNode>"),
                column("objectNode", "JsonCol<shop.Everything, com.fasterxml.jackson.databind.node.ObjectNode>"),
                column("declaredJson", "JsonCol<shop.Everything, java.util.Map>"),
                column("tags", "ArrayCol<shop.Everything, java.lang.String>"),
                column("moods", "ArrayCol<shop.Everything, shop.Everything$Mood>"),
                column("measures", "ArrayCol<shop.Everything, java.lang.Number>"),
                column("nested", "ArrayCol<shop.Everything, java.util.List>"),
                column("names", "ArrayCol<shop.Everything, java.lang.String>"),
                column("boxedBytes", "ArrayCol<shop.Everything, java.lang.Byte>"),
                column("ints", "ArrayCol<shop.Everything, java.lang.Integer>"),
                column("longs", "ArrayCol<shop.Everything, java.lang.Long>"),
                column("shorts", "ArrayCol<shop.Everything, java.lang.Short>"),
                column("doubles", "ArrayCol<shop.Everything, java.lang.Double>"),
                column("booleans", "ArrayCol<shop.Everything, java.lang.Boolean>"),
                column("floats", "ArrayCol<shop.Everything, java.lang.Float>"),
                column("embedding", "VectorCol<shop.Everything>"),
                column("unsized", "VectorCol<shop.Everything>"),
                column("bytes", "ValueCol<shop.Everything, byte[]>"),
                column("chars", "ValueCol<shop.Everything, char[]>"),
                column("letter", "ValueCol<shop.Everything, java.lang.Character>"),
                column("duration", "ValueCol<shop.Everything, java.time.Duration>"),
                column("inet", "ValueCol<shop.Everything, dev.tusk.type.Inet>"),
                column("point", "ValueCol<shop.Everything, dev.tusk.type.Point>"),
                column("hstore", "ValueCol<shop.Everything, java.util.Map>"));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @MethodSource("fieldsAndColumnTypes")
    void fieldTypeChoosesTheColumnType(String field, String columnType) {
        assertThat(TypeNames.of(metamodel, field)).isEqualTo("dev.tusk.query." + columnType);
    }

    @Test
    void everyPersistentFieldHasItsTestedMapping() {
        assertThat(metamodel.getDeclaredFields()).hasSize((int) fieldsAndColumnTypes().count() + 1);
    }

    @Test
    void constantsCarryTheEntityTheFieldNameAndTheValueClass() throws Exception {
        Class<?> entity = compilation.load("shop.Everything");

        assertThat(read("integer", "entity")).isEqualTo(entity);
        assertThat(read("integer", "name")).isEqualTo("integer");
        assertThat(read("integer", "type")).isEqualTo(Integer.class);
        assertThat(read("mood", "type")).isEqualTo(compilation.load("shop.Everything$Mood"));
        assertThat(read("settings", "type")).isEqualTo(java.util.Map.class);
        assertThat(read("timestamptz", "type")).isEqualTo(java.time.OffsetDateTime.class);
        assertThat(read("ints", "elementType")).isEqualTo(Integer.class);
        assertThat(read("bytes", "type")).isEqualTo(byte[].class);
        assertThat(read("embedding", "dimensions")).isEqualTo(3);
        assertThat(read("unsized", "dimensions")).isEqualTo(0);
        assertThat(read("text", "name")).isEqualTo("text");
    }

    private static Object read(String constant, String component) throws Exception {
        Object column = metamodel.getField(constant).get(null);
        return column.getClass().getMethod(component).invoke(column);
    }

    private static Arguments column(String field, String columnType) {
        return Arguments.of(field, columnType);
    }
}
