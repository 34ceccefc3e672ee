package dev.tusk.writes.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tusk.annotation.Column;
import dev.tusk.annotation.EnumLabel;
import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Json;
import dev.tusk.annotation.Table;
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
import java.util.List;
import java.util.Map;

/** One column of every supported kind, to prove each survives the text form the bulk arrays carry. */
@Table(name = "specimen")
public record Specimen(@Id long id,
                       short smallint, Integer integerBox, long bigint, BigDecimal numeric, float real, double dbl,
                       Boolean bool,
                       String text, @Column(type = "varchar(10)") String varchar, @Column(type = "char(3)") String chr,
                       byte[] bytea, java.util.UUID uuid,
                       LocalDate date, LocalTime time, LocalDateTime timestamp, OffsetDateTime timestamptz,
                       Instant instant, Duration duration, Interval interval,
                       @Json Map<String, Object> jsonMap, @Json JsonNode jsonNode,
                       @Json @Column(type = "json") Map<String, Object> plainJson,
                       List<Integer> intList, String[] textArray, long[] bigintArray, List<OffsetDateTime> tstzList,
                       List<Mood> moodList, @Enumerated(type = "specimen_mood") Mood mood, Mood moodAsText,
                       InetAddress inetHost, Inet inet, @Column(type = "cidr") Inet cidr, MacAddress macaddr,
                       Map<String, String> hstore, Point point, @Column(type = "money") BigDecimal money,
                       @Column(type = "tsvector") String tsv, @Column(type = "bit(4)") String bits) {

    /** Labels that are not Java names, too. */
    public enum Mood { HAPPY, SAD, @EnumLabel("so-so") SO_SO }

    static final String DDL = """
            create type specimen_mood as enum ('HAPPY', 'SAD', 'so-so');
            create table specimen (
              id bigint primary key,
              smallint smallint not null, integer_box integer, bigint bigint not null, numeric numeric(12,4),
              real real not null, dbl double precision not null, bool boolean,
              text text, varchar varchar(10), chr char(3), bytea bytea, uuid uuid,
              date date, time time, timestamp timestamp, timestamptz timestamptz, instant timestamptz,
              duration interval, interval interval,
              json_map jsonb, json_node jsonb, plain_json json,
              int_list integer[], text_array text[], bigint_array bigint[], tstz_list timestamptz[],
              mood_list text[], mood specimen_mood, mood_as_text text,
              inet_host inet, inet inet, cidr cidr, macaddr macaddr, hstore hstore, point point,
              money money, tsv tsvector, bits bit(4)
            );
            """;
}
