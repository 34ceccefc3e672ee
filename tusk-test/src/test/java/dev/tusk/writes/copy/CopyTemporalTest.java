package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tusk.Database;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import dev.tusk.type.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dates and times count from 2000-01-01 in binary: before it, BC, rounding to microseconds and infinity. */
@TuskTest
class CopyTemporalTest {
    static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);

    static final List<TimeRow> EDGES = List.of(
            new TimeRow(1, LocalDate.of(-43, 3, 15), LocalTime.of(0, 0, 0, 500),
                    LocalDateTime.of(-100, 1, 1, 12, 0, 0, 499),
                    OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_500, INDIA),
                    Instant.ofEpochSecond(-1, 999_999_999), Interval.of(-1, -2, -3), Duration.ofNanos(-1500)),
            new TimeRow(2, LocalDate.of(1, 1, 1), LocalTime.MAX, LocalDateTime.of(294_276, 12, 31, 23, 59, 59),
                    OffsetDateTime.of(-4712, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Instant.parse("2000-01-01T00:00:00Z"),
                    Interval.of(Integer.MAX_VALUE - 1, 0, 0), Duration.ofDays(-400).plusNanos(1)),
            new TimeRow(3, LocalDate.of(2000, 1, 1), LocalTime.of(23, 59, 59, 999_999_600),
                    LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_500),
                    OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, INDIA),
                    Instant.MAX, Interval.ZERO, Duration.ofSeconds(Long.MAX_VALUE / 1_000_000 - 1)),
            new TimeRow(4, LocalDate.MIN, LocalTime.MIDNIGHT, LocalDateTime.MAX, OffsetDateTime.MIN, Instant.MIN,
                    Interval.of(0, 0, Long.MIN_VALUE + 1), Duration.ZERO));

    @BeforeAll
    static void table(TestDatabase database) {
        database.execute("create table copy_times (id integer primary key, day date, clock time, stamp timestamp,"
                + " moment timestamptz, instant timestamptz, span interval, elapsed interval)");
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate copy_times");
    }

    @Test
    void edgeValuesAreStoredExactlyAsInsertStoresThem(Database db) {
        for (TimeRow row : EDGES) {
            db.insert(new TimeRow(row.id() + 100, row.day(), row.clock(), row.stamp(), row.moment(), row.instant(),
                    row.span(), row.elapsed()));
        }

        db.copy(TimeRow.class, EDGES);

        List<String> copied = db.sql("select (to_jsonb(t) - 'id')::text from copy_times t where id < 100 order by id")
                .list(String.class);
        assertThat(copied).hasSize(EDGES.size()).isEqualTo(db.sql(
                "select (to_jsonb(t) - 'id')::text from copy_times t where id > 100 order by id").list(String.class));
    }

    @Test
    void serverShowsBcDatesRoundedMicrosecondsAndMidnightAsText(Database db) {
        db.copy(TimeRow.class, EDGES);

        assertThat(db.sql("""
                select concat_ws(' | ', day, clock, stamp, moment at time zone 'UTC', instant at time zone 'UTC')
                from copy_times order by id""").list(String.class)).containsExactly(
                "0044-03-15 BC | 00:00:00.000001 | 0101-01-01 12:00:00 BC | 1999-12-31 18:30:00"
                        + " | 1970-01-01 00:00:00",
                "0001-01-01 | 24:00:00 | 294276-12-31 23:59:59 | 4713-01-01 00:00:00 BC | 2000-01-01 00:00:00",
                "2000-01-01 | 24:00:00 | 2000-01-01 00:00:00 | 1999-12-31 18:30:00 | infinity",
                "-infinity | 00:00:00 | infinity | -infinity | -infinity");
    }

    @Test
    void infiniteIntervalsOfPostgres17AreWritten(Database db, TestDatabase database) {
        assumeTrue(database.serverVersion() >= 17, "infinite intervals need PostgreSQL 17");

        db.copy(TimeRow.class, List.of(new TimeRow(1, null, null, null, null, null, Interval.INFINITY, null),
                new TimeRow(2, null, null, null, null, null, Interval.NEGATIVE_INFINITY, null)));

        assertThat(db.sql("select span::text from copy_times order by id").list(String.class))
                .containsExactly("infinity", "-infinity");
        assertThat(db.sql("select * from copy_times order by id").list(TimeRow.class)).extracting(TimeRow::span)
                .containsExactly(Interval.INFINITY, Interval.NEGATIVE_INFINITY);
    }

    @Test
    void timestampJustBeyondPostgresRangeIsRefusedByTheServerAndNothingIsStored(Database db) {
        List<TimeRow> rows = List.of(
                new TimeRow(1, null, null, LocalDateTime.of(2024, 1, 1, 0, 0), null, null, null, null),
                new TimeRow(2, null, null, LocalDateTime.of(294_277, 1, 2, 0, 0), null, null, null, null));

        assertThatThrownBy(() -> db.copy(TimeRow.class, rows))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("timestamp out of range");
        assertThat(db.sql("select count(*) from copy_times").one(Long.class)).isZero();
    }

    @Test
    void timestampBeyondSixtyFourBitMicrosecondsIsRefusedNamingRowAndField(Database db) {
        List<TimeRow> rows = List.of(
                new TimeRow(1, null, null, LocalDateTime.of(2024, 1, 1, 0, 0), null, null, null, null),
                new TimeRow(2, null, null, null, null, Instant.parse("+300000-01-01T00:00:00Z"), null, null));

        assertThatThrownBy(() -> db.copy(TimeRow.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 1: TimeRow is not valid: instant: ")
                .hasMessageContaining("outside PostgreSQL's timestamp with time zone range");
        assertThat(db.sql("select count(*) from copy_times").one(Long.class)).isZero();
    }

    @Test
    void dateBeyondThirtyTwoBitDaysIsRefusedNamingRowAndField(Database db) {
        List<TimeRow> rows = List.of(new TimeRow(1, LocalDate.of(2024, 1, 1), null, null, null, null, null, null),
                new TimeRow(2, LocalDate.of(900_000_000, 1, 1), null, null, null, null, null, null));

        assertThatThrownBy(() -> db.copy(TimeRow.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 1: TimeRow is not valid: day: ")
                .hasMessageContaining("outside PostgreSQL's date range");
        assertThat(db.sql("select count(*) from copy_times").one(Long.class)).isZero();
    }
}
