package dev.tusk.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tusk.Database;
import dev.tusk.annotation.Column;
import dev.tusk.annotation.EnumLabel;
import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Json;
import dev.tusk.annotation.Table;
import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every supported type through the entity path: insert, read back, equal; and all-null. Runs under
 * UTC and again under America/St_Johns (the tusk-test pom's second surefire execution).
 */
@TuskTest
class EntityRoundTripTest {

    enum Mood { HAPPY, SAD, @EnumLabel("so-so") SO_SO }

    record Address(String city, int zip) {}

    @Table(name = "everything")
    record Everything(@Id long id,
                      short smallint, Short smallintBox, int integer, Integer integerBox, long bigint, Long bigintBox,
                      BigDecimal numeric, float real, Float realBox, double dbl, Double dblBox,
                      boolean bool, Boolean boolBox,
                      String text, @Column(type = "varchar(10)") String varchar, @Column(type = "char(3)") String chr,
                      byte[] bytea, UUID uuid,
                      LocalDate date, LocalTime time, LocalDateTime timestamp, OffsetDateTime timestamptz, Instant instant,
                      Duration duration, Interval interval,
                      @Json Map<String, Object> jsonMap, @Json List<Object> jsonList, @Json Address jsonRecord,
                      @Json JsonNode jsonNode, @Json @Column(type = "json") Map<String, Object> plainJson,
                      List<Integer> intList, String[] textArray, long[] bigintArray, List<UUID> uuidList,
                      List<LocalDate> dateList, List<OffsetDateTime> tstzList, List<BigDecimal> numericList,
                      List<Boolean> boolList, List<Mood> moodList,
                      @Enumerated(type = "mood") Mood mood, Mood moodAsText,
                      InetAddress inetHost, Inet inet, @Column(type = "cidr") Inet cidr, MacAddress macaddr,
                      Map<String, String> hstore, Point point, @Column(type = "money") BigDecimal money,
                      @Column(type = "tsvector") String tsv) {}

    @BeforeAll
    static void createTable(TestDatabase database) {
        database.execute("""
                create type mood as enum ('HAPPY', 'SAD', 'so-so');
                create table everything (
                  id bigint primary key,
                  smallint smallint not null, smallint_box smallint, integer integer not null, integer_box integer,
                  bigint bigint not null, bigint_box bigint, numeric numeric(12,4), real real not null,
                  real_box real, dbl double precision not null, dbl_box double precision,
                  bool boolean not null, bool_box boolean,
                  text text, varchar varchar(10), chr char(3), bytea bytea, uuid uuid,
                  date date, time time, timestamp timestamp, timestamptz timestamptz, instant timestamptz,
                  duration interval, interval interval,
                  json_map jsonb, json_list jsonb, json_record jsonb, json_node jsonb, plain_json json,
                  int_list integer[], text_array text[], bigint_array bigint[], uuid_list uuid[],
                  date_list date[], tstz_list timestamptz[], numeric_list numeric[], bool_list boolean[],
                  mood_list text[], mood mood, mood_as_text text,
                  inet_host inet, inet inet, cidr cidr, macaddr macaddr, hstore hstore, point point,
                  money money, tsv tsvector
                );
                """);
    }

    static Everything full(long id) throws Exception {
        return new Everything(id,
                Short.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE,
                new BigDecimal("-12345678.1234"), 1.5f, Float.MAX_VALUE, Math.PI, -0.0d,
                true, false,
                "héllo \"wörld\" \\ ' 😀", "ten chars!", "ab ", new byte[] {0, 1, (byte) 0xff, 92}, UUID.randomUUID(),
                LocalDate.of(1999, 12, 31), LocalTime.of(23, 59, 59, 123_456_000),
                LocalDateTime.of(2026, 3, 8, 2, 30, 0, 1000), OffsetDateTime.of(2026, 11, 1, 1, 30, 0, 0, ZoneOffset.UTC),
                Instant.parse("2038-01-19T03:14:08.999999Z"),
                Duration.ofHours(49).plusMillis(1), Interval.of(14, 3, 1_000_000),
                Map.of("theme", "dark", "count", 3, "nested", Map.of("ok", true)), List.of(1, "two", false),
                new Address("Oslo", 150), new ObjectMapper().readTree("{\"a\":[1,2,{\"b\":null}]}"),
                Map.of("plain", "json"),
                Arrays.asList(1, null, 3), new String[] {"a,b", "{c}", "NULL", "", "q\"uote"}, new long[] {1, -2, 3},
                List.of(UUID.randomUUID()), List.of(LocalDate.of(2020, 2, 29)),
                List.of(OffsetDateTime.of(2001, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)), List.of(new BigDecimal("1.5")),
                List.of(true, false), List.of(Mood.SO_SO, Mood.HAPPY),
                Mood.SO_SO, Mood.SAD,
                InetAddress.getByName("192.168.0.1"), Inet.parse("2001:db8::1/64"), Inet.parse("10.0.0.0/8"),
                MacAddress.parse("08:00:2b:01:02:03"), Map.of("k", "v", "empty", ""), new Point(1.5, -2.25),
                new BigDecimal("1234.56"), "'fat':2 'rat':3");
    }

    @Test
    void everyTypeRoundTripsThroughInsertAndGet(Database db) throws Exception {
        Everything original = full(1);

        db.insert(original);
        Everything loaded = db.get(Everything.class, 1L);

        assertThat(loaded).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(original);
        assertThat(loaded.numeric()).isEqualTo(new BigDecimal("-12345678.1234"));
    }

    /** The entity with all nullable fields null and primitives zero. */
    static Everything empty(long id) {
        Object[] values = new Object[MODEL.properties().size()];
        values[MODEL.property("id").slot()] = id;
        return MODEL.create(values);
    }

    /** A copy with some fields changed: {@code with(entity, "text", "x", "tsv", "y")}. */
    static Everything with(Everything base, Object... fieldsAndValues) {
        Object[] values = MODEL.values(base);
        for (int index = 0; index < fieldsAndValues.length; index += 2) {
            values[MODEL.property((String) fieldsAndValues[index]).slot()] = fieldsAndValues[index + 1];
        }
        return MODEL.create(values);
    }

    private static final EntityModel<Everything> MODEL = EntityModel.of(Everything.class);

    @Test
    void nullsRoundTripAndPrimitivesKeepTheirValues(Database db) {
        Everything nothing = empty(2);

        db.insert(nothing);

        Everything loaded = db.get(Everything.class, 2L);
        assertThat(loaded).usingRecursiveComparison().isEqualTo(nothing);
        assertThat(loaded.text()).isNull();
        assertThat(loaded.integer()).isZero();
    }

    @Test
    void offsetTimestampsKeepTheirInstant(Database db) {
        OffsetDateTime india = OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));

        db.insert(with(empty(3), "timestamptz", india));

        assertThat(db.get(Everything.class, 3L).timestamptz()).isEqualTo(india.withOffsetSameInstant(ZoneOffset.UTC));
    }

    @Test
    void unstorableTextIsRefusedBeforeSqlNamingEachField(Database db, SqlCapture capture) {
        Everything bad = with(empty(4), "text", "a\u0000b", "jsonMap", Map.of("bad", "x\u0000y"), "tsv", "\uD800");

        var statements = capture.during(() -> assertThatThrownBy(() -> db.insert(bad))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("text: text contains a NUL character")
                .hasMessageContaining("jsonMap:")
                .hasMessageContaining("tsv:"));

        assertThat(statements).isEmpty();
        assertThat(db.find(Everything.class, 4L)).isEmpty();
    }
}
