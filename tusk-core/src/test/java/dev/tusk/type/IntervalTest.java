package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.exception.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalTest {
    private static final long HOUR = 3_600_000_000L;

    @Test
    void parsesThePostgresStyleWithMixedSigns() {
        assertEquals(Interval.of(-14, 3, -(4 * HOUR + 5 * 60_000_000L + 6_789_000L)),
                Interval.parse("-1 years -2 mons +3 days -04:05:06.789"));
        assertEquals(Interval.of(1, -3, -HOUR), Interval.parse("1 mon -3 days -01:00:00"));
        assertEquals(Interval.ZERO, Interval.parse("00:00:00"));
        assertEquals(Interval.of(0, 0, 2_562_047_788L * HOUR + 54_775_807L), Interval.parse("2562047788:00:54.775807"));
    }

    @Test
    void parsesTheVerboseStyleWhereAgoNegatesEverything() {
        assertEquals(Interval.of(-14, 3, -(4 * HOUR + 5 * 60_000_000L + 6_789_000L)),
                Interval.parse("@ 1 year 2 mons -3 days 4 hours 5 mins 6.789 secs ago"));
        assertEquals(Interval.ofDays(-1), Interval.parse("@ 1 day ago"));
    }

    @Test
    void parsesTheIso8601Style() {
        assertEquals(Interval.of(-14, 3, -(4 * HOUR + 5 * 60_000_000L + 6_789_000L)),
                Interval.parse("P-1Y-2M3DT-4H-5M-6.789S"));
        assertEquals(Interval.ZERO, Interval.parse("PT0S"));
    }

    @Test
    void sqlStandardStyleIsRefusedWithTheSettingToUse() {
        ValidationException refused = assertThrows(ValidationException.class, () -> Interval.parse("1-2 3 4:05:06"));
        assertTrue(refused.getMessage().contains("IntervalStyle"), refused.getMessage());
    }

    @Test
    void formatIsReadBackToTheSameInterval() {
        for (Interval interval : new Interval[] {Interval.ZERO, Interval.of(14, 3, -HOUR), Interval.ofMonths(-1),
                Interval.ofDays(40), Interval.of(0, 0, 1), Interval.of(0, 0, -1_500_000),
                Interval.of(Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE)}) {
            assertEquals(interval, Interval.parse(interval.toString()), interval.toString());
        }
        assertEquals("14 mons 3 days -01:00:00", Interval.of(14, 3, -HOUR).toString());
        assertEquals("-00:00:01.5", Interval.of(0, 0, -1_500_000).toString());
    }

    @Test
    void toDurationCountsDaysAs24HoursAndRefusesMonths() {
        assertEquals(Duration.ofHours(49).plusMillis(1), Interval.of(0, 2, HOUR + 1000).toDuration());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Interval.ofMonths(1).toDuration());
        assertTrue(refused.getMessage().contains("month"), refused.getMessage());
    }

    @Test
    void durationBecomesTheTimePartRoundedToMicroseconds() {
        assertEquals(Interval.of(0, 0, 36 * HOUR), Interval.of(Duration.ofHours(36)));
        assertEquals(Interval.of(0, 0, 2), Interval.of(Duration.ofNanos(1500)));
        assertEquals(Interval.of(0, 0, 1), Interval.of(Duration.ofNanos(1499)));
        assertEquals(Interval.of(0, 0, -1), Interval.of(Duration.ofNanos(-1500)));
        assertThrows(ArithmeticException.class, () -> Interval.of(Duration.ofSeconds(Long.MAX_VALUE)));
    }

    @Test
    void durationCodecRefusesIntervalsWithMonthsAndPointsToInterval() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> DurationCodec.INSTANCE.parse("1 mon 2 days"));
        assertTrue(refused.getMessage().contains("dev.tusk.type.Interval"), refused.getMessage());
        assertEquals(Duration.ofDays(2).plusHours(1), DurationCodec.INSTANCE.parse("2 days 01:00:00"));
    }

    @Test
    void durationCodecRefusesDurationsBeyondTheIntervalRange() {
        assertThrows(ValidationException.class, () -> DurationCodec.INSTANCE.validate(Duration.ofSeconds(Long.MAX_VALUE)));
        DurationCodec.INSTANCE.validate(Duration.ofDays(-1_000_000));
    }

    @Test
    void infiniteIntervalsReadAsTheExtremeValuesPostgresStoresThemAs() {
        assertEquals(Interval.INFINITY, Interval.parse("infinity"));
        assertEquals(Interval.NEGATIVE_INFINITY, Interval.parse("-infinity"));
        assertEquals("-infinity", Interval.NEGATIVE_INFINITY.toString());
        assertEquals(Interval.INFINITY, Interval.parse(Interval.INFINITY.toString()));
    }

    @Test
    void durationCodecRefusesInfiniteIntervalsAndPointsToInterval() {
        ValidationException refused = assertThrows(ValidationException.class, () -> DurationCodec.INSTANCE.parse("infinity"));
        assertTrue(refused.getMessage().contains("Interval.INFINITY"), refused.getMessage());
    }
}
