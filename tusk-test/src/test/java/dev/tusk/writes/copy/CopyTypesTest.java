package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import dev.tusk.type.Inet;
import dev.tusk.type.Interval;
import dev.tusk.type.MacAddress;
import dev.tusk.type.Point;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every scalar type binary COPY writes reads back equal, and is stored exactly as an INSERT stores it. */
@TuskTest
class CopyTypesTest {
    /** Field by field (byte arrays by content), doubles and floats by equals: NaN is NaN, -0.0 is not 0.0. */
    static final RecursiveComparisonConfiguration EXACT = RecursiveComparisonConfiguration.builder()
            .withEqualsForType(Double::equals, Double.class).withEqualsForType(Float::equals, Float.class).build();

    @BeforeAll
    static void tables(TestDatabase database) throws Exception {
        database.execute("""
                create type copy_mood as enum ('HAPPY', 'so-so', 'GRUMPY');
                create table copy_typed (id bigint primary key, small smallint, medium integer, large bigint,
                    single real, precise double precision, flag boolean, amount numeric, label text,
                    code varchar(20), fixed char(4), payload bytea, uuid uuid, day date, clock time,
                    stamp timestamp, moment timestamptz, instant timestamptz, span interval, elapsed interval,
                    document jsonb, raw_jsonb jsonb, raw_json json, mood copy_mood, mood_text text,
                    network inet, block cidr, host inet, mac macaddr, spot point, tags hstore,
                    count integer not null, ratio double precision not null, active boolean not null);
                """);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate copy_typed");
    }

    static TypedRow full(long id) throws Exception {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "tusk");
        document.put("sizes", List.of(1, 2, 3));
        document.put("nested", Map.of("ok", true));
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("colour", "blue");
        tags.put("with \"quotes\" => and, commas", "back\\slash");
        tags.put("empty", null);
        return new TypedRow(id, (short) -32768, Integer.MIN_VALUE, Long.MAX_VALUE, 3.25f, -1.0e300, true,
                new BigDecimal("-12345.6789"), "text with \t tab", "varchar", "abcd", new byte[] {0, 1, (byte) 0xFF, 92},
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), LocalDate.of(1999, 12, 31),
                LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1_000),
                OffsetDateTime.of(2024, 2, 29, 12, 30, 0, 0, ZoneOffset.UTC), Instant.parse("2038-01-19T03:14:08Z"),
                Interval.of(14, -3, -3_600_000_000L), Duration.ofHours(36).plusMillis(5),
                document, "{\"a\": null, \"b\": [1, 2]}", "{\"keep\":  \"spacing\", \"keep\": 2}", Mood.SO_SO,
                Mood.GRUMPY, Inet.parse("192.168.0.5/24"), Inet.parse("10.0.0.0/8"),
                InetAddress.getByName("2001:db8::1"), MacAddress.parse("08:00:2b:01:02:03"), new Point(1.5, -2.25),
                tags, 42, Double.NaN, true);
    }

    static TypedRow specials(long id) {
        return new TypedRow(id, (short) 0, 0, 0L, Float.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false,
                BigDecimal.ZERO, "", "", "wxyz", new byte[0], new UUID(0, 0), LocalDate.MAX, LocalTime.MIDNIGHT,
                LocalDateTime.MIN, OffsetDateTime.MAX, Instant.MIN, Interval.ZERO, Duration.ZERO, Map.of(), "[]",
                "\"\"", Mood.HAPPY, Mood.HAPPY, Inet.parse("::/0"), Inet.parse("2001:db8::/32"),
                InetAddress.getLoopbackAddress(), MacAddress.parse("ff:ff:ff:ff:ff:ff"), new Point(0, 0),
                Map.of(), Integer.MAX_VALUE, -0.0, false);
    }

    @Test
    void everyScalarTypeReadsBackEqual(Database db) throws Exception {
        List<TypedRow> rows = List.of(full(1), specials(2), TypedRow.empty(3));

        long copied = db.copy(TypedRow.class, rows);

        assertThat(copied).isEqualTo(3);
        List<TypedRow> loaded = db.sql("select * from copy_typed order by id").list(TypedRow.class);
        assertThat(loaded).usingRecursiveFieldByFieldElementComparator(EXACT).containsExactly(
                full(1), specials(2), TypedRow.empty(3));
    }

    @Test
    void copyStoresExactlyWhatInsertStores(Database db) throws Exception {
        List<TypedRow> rows = List.of(full(1), specials(2), TypedRow.empty(3));
        for (TypedRow row : rows) {
            db.insert(withId(row, row.id() + 100));
        }

        db.copy(TypedRow.class, rows);

        List<String> copied = db.sql("select (to_jsonb(t) - 'id')::text from copy_typed t where id < 100 order by id")
                .list(String.class);
        List<String> inserted = db.sql("select (to_jsonb(t) - 'id')::text from copy_typed t where id > 100 order by id")
                .list(String.class);
        assertThat(copied).hasSize(3).isEqualTo(inserted);
    }

    @Test
    void serverReadsTheValuesAsTheirTypes(Database db) throws Exception {
        db.copy(TypedRow.class, List.of(full(1), specials(2)));

        List<String> first = db.sql("""
                select concat_ws(' | ', amount, stamp, moment at time zone 'UTC', span, mood, network, block, host, spot,
                                 tags -> 'colour', document -> 'nested', raw_json, day, clock)
                from copy_typed where id = 1""").list(String.class);
        assertThat(first).containsExactly("-12345.6789 | 1970-01-01 00:00:00.000001 | 2024-02-29 12:30:00 | "
                + "1 year 2 mons -3 days -01:00:00 | so-so | 192.168.0.5/24 | 10.0.0.0/8 | 2001:db8::1 | (1.5,-2.25) | "
                + "blue | {\"ok\": true} | {\"keep\":  \"spacing\", \"keep\": 2} | 1999-12-31 | 23:59:59.999999");
        List<String> infinities = db.sql("""
                select concat_ws(' | ', day, stamp, moment at time zone 'UTC', instant at time zone 'UTC')
                from copy_typed where id = 2""").list(String.class);
        assertThat(infinities).containsExactly("infinity | -infinity | infinity | -infinity");
    }

    private static TypedRow withId(TypedRow row, long id) {
        return new TypedRow(id, row.small(), row.medium(), row.large(), row.single(), row.precise(), row.flag(),
                row.amount(), row.label(), row.code(), row.fixed(), row.payload(), row.uuid(), row.day(), row.clock(),
                row.stamp(), row.moment(), row.instant(), row.span(), row.elapsed(), row.document(), row.rawJsonb(),
                row.rawJson(), row.mood(), row.moodText(), row.network(), row.block(), row.host(), row.mac(),
                row.spot(), row.tags(), row.count(), row.ratio(), row.active());
    }
}
