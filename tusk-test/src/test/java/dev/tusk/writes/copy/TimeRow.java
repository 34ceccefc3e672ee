package dev.tusk.writes.copy;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.type.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Every date and time type, for edge values. */
@Table(name = "copy_times")
public record TimeRow(@Id int id, LocalDate day, LocalTime clock, LocalDateTime stamp, OffsetDateTime moment,
                      Instant instant, Interval span, Duration elapsed) {
}
