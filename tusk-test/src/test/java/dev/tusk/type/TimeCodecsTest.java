package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Run by the build under UTC and again under America/St_Johns: nothing here may depend on the JVM zone. */
@TuskTest
class TimeCodecsTest {

    @Test
    void dateRoundTripsBcDatesInfinityAndNull(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<LocalDate> date = RoundTrip.codec(LocalDate.class);
            assertEquals(LocalDate.of(2024, 2, 29), trip.through("date", date, LocalDate.of(2024, 2, 29)));
            assertEquals(LocalDate.of(-43, 3, 15), trip.through("date", date, LocalDate.of(-43, 3, 15)));
            assertEquals(LocalDate.MAX, trip.through("date", date, LocalDate.MAX));
            assertEquals(LocalDate.MIN, trip.through("date", date, LocalDate.MIN));
            assertEquals("infinity", trip.bindAndSelectText("select ?::date::text", date, LocalDate.MAX));
            assertNull(trip.through("date", date, null));
        }
    }

    @Test
    void timeRoundTripsMicrosecondsAndMidnightAtTheEnd(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<LocalTime> time = RoundTrip.codec(LocalTime.class);
            LocalTime precise = LocalTime.of(23, 59, 59, 999_999_000);
            assertEquals(precise, trip.through("time", time, precise));
            assertEquals(LocalTime.MIDNIGHT, trip.through("time", time, LocalTime.MIDNIGHT));
            assertEquals(LocalTime.MAX, trip.select("'24:00:00'::time", time));
            assertNull(trip.through("time", time, null));
        }
    }

    @Test
    void timestampKeepsTheWallClockEvenInsideADaylightSavingGap(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<LocalDateTime> timestamp = RoundTrip.codec(LocalDateTime.class);
            // 02:30 on 2024-03-10 does not exist in America/St_Johns (nor New York): no zone may touch it
            LocalDateTime inGap = LocalDateTime.of(2024, 3, 10, 2, 30, 0, 123_456_000);
            assertEquals(inGap, trip.through("timestamp", timestamp, inGap));
            assertEquals("2024-03-10 02:30:00.123456", trip.bindAndSelectText("select ?::timestamp::text", timestamp, inGap));
            LocalDateTime bc = LocalDateTime.of(-99, 1, 1, 0, 0);
            assertEquals(bc, trip.through("timestamp", timestamp, bc));
            assertNull(trip.through("timestamp", timestamp, null));
        }
    }

    @Test
    void timestampInfinityReadsAsMaxAndMinAndIsWrittenBack(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<LocalDateTime> timestamp = RoundTrip.codec(LocalDateTime.class);
            assertEquals(LocalDateTime.MAX, trip.through("timestamp", timestamp, LocalDateTime.MAX));
            assertEquals(LocalDateTime.MIN, trip.through("timestamp", timestamp, LocalDateTime.MIN));
            assertEquals("-infinity", trip.bindAndSelectText("select ?::timestamp::text", timestamp, LocalDateTime.MIN));
        }
    }

    @Test
    void timestamptzStoresTheInstantAndReadsItBackAtUtc(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<OffsetDateTime> timestamptz = RoundTrip.codec(OffsetDateTime.class);
            OffsetDateTime inIndia = OffsetDateTime.of(2024, 1, 5, 15, 30, 0, 1_000, ZoneOffset.ofHoursMinutes(5, 30));
            assertEquals(inIndia.withOffsetSameInstant(ZoneOffset.UTC), trip.through("timestamptz", timestamptz, inIndia));
            trip.execute("set time zone 'UTC'");
            assertEquals("2024-01-05 10:00:00.000001+00",
                    trip.bindAndSelectText("select ?::timestamptz::text", timestamptz, inIndia));
            assertNull(trip.through("timestamptz", timestamptz, null));
        }
    }

    @Test
    void timestamptzInfinityReadsAsMaxAndMinAndIsWrittenBackAsInfinity(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<OffsetDateTime> timestamptz = RoundTrip.codec(OffsetDateTime.class);
            TypeCodec<Instant> instant = RoundTrip.codec(Instant.class);
            assertEquals(OffsetDateTime.MAX, trip.select("'infinity'::timestamptz", timestamptz));
            assertEquals(OffsetDateTime.MIN, trip.select("'-infinity'::timestamptz", timestamptz));
            assertEquals(OffsetDateTime.MAX, trip.through("timestamptz", timestamptz, OffsetDateTime.MAX));
            assertEquals("-infinity", trip.bindAndSelectText("select ?::timestamptz::text", timestamptz, OffsetDateTime.MIN));
            assertEquals(Instant.MAX, trip.through("timestamptz", instant, Instant.MAX));
            assertEquals(Instant.MIN, trip.through("timestamptz", instant, Instant.MIN));
            assertEquals("infinity", trip.bindAndSelectText("select ?::timestamptz::text", instant, Instant.MAX));
        }
    }

    @Test
    void instantRoundTripsWhateverTheSessionZone(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Instant> instant = RoundTrip.codec(Instant.class);
            Instant moment = Instant.parse("1969-07-20T20:17:40.123456Z");
            assertEquals(moment, trip.through("timestamptz", instant, moment));
            trip.execute("set time zone 'Pacific/Kiritimati'");
            assertEquals(moment, trip.through("timestamptz", instant, moment));
            assertNull(trip.through("timestamptz", instant, null));
        }
    }

    @Test
    void intervalKeepsMonthsDaysAndMicrosecondsApart(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Interval> interval = RoundTrip.codec(Interval.class);
            Interval mixed = Interval.of(14, -3, -3_723_000_001L);
            assertEquals(mixed, trip.through("interval", interval, mixed));
            assertEquals(Interval.ZERO, trip.through("interval", interval, Interval.ZERO));
            Interval largestFinite = Interval.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE - 1);
            assertEquals(largestFinite, trip.through("interval", interval, largestFinite));
            assertEquals(Interval.INFINITY, trip.through("interval", interval, Interval.INFINITY));
            assertEquals(Interval.ofMonths(1), trip.select("interval '1 month'", interval));
            assertNull(trip.through("interval", interval, null));
        }
    }

    @Test
    void infiniteIntervalsOfPostgres17RoundTrip(TestDatabase db) throws Exception {
        Assumptions.assumeTrue(db.serverVersion() >= 17, "infinite intervals need PostgreSQL 17, the server is "
                + db.serverVersion());
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Interval> interval = RoundTrip.codec(Interval.class);
            assertEquals(Interval.INFINITY, trip.select("'infinity'::interval", interval));
            assertEquals(Interval.NEGATIVE_INFINITY, trip.through("interval", interval, Interval.NEGATIVE_INFINITY));
            assertEquals("infinity", trip.bindAndSelectText("select ?::interval::text", interval, Interval.INFINITY));
            assertThrows(ValidationException.class, () -> trip.select("'-infinity'::interval", RoundTrip.codec(Duration.class)));
        }
    }

    @Test
    void intervalIsReadInTheVerboseAndIsoStylesToo(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Interval> interval = RoundTrip.codec(Interval.class);
            Interval mixed = Interval.of(-14, 3, -14_706_789_000L);
            for (String style : new String[] {"postgres_verbose", "iso_8601"}) {
                trip.execute("set intervalstyle = " + style);
                assertEquals(mixed, trip.through("interval", interval, mixed), style);
            }
            trip.execute("set intervalstyle = sql_standard");
            assertThrows(ValidationException.class, () -> trip.through("interval", interval, mixed));
        }
    }

    @Test
    void durationRoundTripsAsTheTimePart(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Duration> duration = RoundTrip.codec(Duration.class);
            Duration longAndNegative = Duration.ofHours(-100_000).minusNanos(1_000);
            assertEquals(longAndNegative, trip.through("interval", duration, longAndNegative));
            assertEquals("36:00:00", trip.bindAndSelectText("select ?::interval::text", duration, Duration.ofHours(36)));
            assertEquals(Duration.ofDays(2).plusHours(1), trip.select("interval '2 days 1 hour'", duration));
            assertNull(trip.through("interval", duration, null));
        }
    }

    @Test
    void durationReadOfAnIntervalWithMonthsTellsToUseInterval(TestDatabase db) throws Exception {
        try (Connection connection = db.connection()) {
            RoundTrip trip = new RoundTrip(connection);
            TypeCodec<Duration> duration = RoundTrip.codec(Duration.class);
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> trip.select("interval '1 year 2 days'", duration));
            assertTrue(refused.getMessage().contains("map the field to dev.tusk.type.Interval"), refused.getMessage());
        }
    }
}
