package dev.tusk.writes.copy;

import dev.tusk.annotation.Column;
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
import java.util.Map;
import java.util.UUID;

/** One field of every scalar type binary COPY writes. */
@Table(name = "copy_typed")
public record TypedRow(@Id long id, Short small, Integer medium, Long large, Float single, Double precise,
                       Boolean flag, BigDecimal amount, String label, @Column(type = "varchar(20)") String code,
                       @Column(type = "char(4)") String fixed, byte[] payload, UUID uuid, LocalDate day,
                       LocalTime clock, LocalDateTime stamp, OffsetDateTime moment, Instant instant,
                       Interval span, Duration elapsed, @Json Map<String, Object> document,
                       @Column(type = "jsonb") String rawJsonb, @Column(type = "json") String rawJson,
                       @Enumerated(type = "copy_mood") Mood mood, Mood moodText, Inet network,
                       @Column(type = "cidr") Inet block, InetAddress host, MacAddress mac, Point spot,
                       Map<String, String> tags, int count, double ratio, boolean active) {

    /** Only the key set: every other column NULL (primitives zero). */
    public static TypedRow empty(long id) {
        return new TypedRow(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0, 0,
                false);
    }
}
