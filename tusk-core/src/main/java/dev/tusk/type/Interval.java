package dev.tusk.type;

import java.time.Duration;

/**
 * A PostgreSQL {@code interval} as the server holds it: months, days and microseconds, kept apart
 * because none converts exactly into another (a month is 28 to 31 days, a day is 23 to 25 hours
 * across a daylight-saving change). {@link Duration} has no months, so a column that may hold
 * months maps to this record.
 *
 * <pre>{@code
 * Interval renewal = Interval.of(1, 15, 0);            // '1 mon 15 days'
 * Interval shift = Interval.of(Duration.ofHours(8));   // '08:00:00'
 * Duration exact = shift.toDuration();                 // PT8H; refused when months != 0
 * }</pre>
 *
 * <p>{@link #toString()} gives PostgreSQL's text form ({@code 1 mons 15 days 08:00:00}) and
 * {@link #parse} reads the server's output in the {@code postgres} (default), {@code postgres_verbose}
 * and {@code iso_8601} interval styles, and {@code infinity} / {@code -infinity} (PostgreSQL 17) as
 * {@link #INFINITY} / {@link #NEGATIVE_INFINITY}.
 *
 * @param months       whole months (a year is 12)
 * @param days         whole days
 * @param microseconds the time part
 */
public record Interval(int months, int days, long microseconds) {
    /** The empty interval, {@code 00:00:00}. */
    public static final Interval ZERO = new Interval(0, 0, 0);

    /**
     * PostgreSQL 17's {@code 'infinity'::interval}, which the server stores as these largest values
     * (so on PostgreSQL 17 and later, writing them stores infinity; earlier versions store them as a
     * finite interval).
     */
    public static final Interval INFINITY = new Interval(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);

    /**
     * PostgreSQL 17's {@code '-infinity'::interval}, stored as these smallest values; written as
     * {@code -infinity}, which servers before 17 refuse.
     */
    public static final Interval NEGATIVE_INFINITY = new Interval(Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE);

    public static Interval of(int months, int days, long microseconds) {
        return new Interval(months, days, microseconds);
    }

    public static Interval ofYears(int years) {
        return new Interval(Math.multiplyExact(years, 12), 0, 0);
    }

    public static Interval ofMonths(int months) {
        return new Interval(months, 0, 0);
    }

    public static Interval ofDays(int days) {
        return new Interval(0, days, 0);
    }

    /**
     * The duration as a time part only (no days, no months), rounded half up to the microsecond.
     *
     * @throws ArithmeticException when the duration does not fit 64-bit microseconds (about 292,000 years)
     */
    public static Interval of(Duration duration) {
        return new Interval(0, 0, IntervalText.microsOf(duration));
    }

    /**
     * This interval as a {@link Duration}, counting a day as 24 hours (as {@code extract(epoch ...)} does).
     *
     * @throws IllegalStateException when months is not zero: a month has no fixed length
     */
    public Duration toDuration() {
        if (months != 0) {
            throw new IllegalStateException("the interval " + this + " has " + months + " months, and a month has"
                    + " no fixed length in a Duration; keep it as an Interval, or compute with date arithmetic");
        }
        return Duration.ofDays(days).plus(Duration.of(microseconds, java.time.temporal.ChronoUnit.MICROS));
    }

    /** Reads PostgreSQL's text form of an interval, such as {@code 1 year 2 mons -3 days 04:05:06.5}. */
    public static Interval parse(String text) {
        return IntervalText.parse(text);
    }

    /** PostgreSQL's text form, accepted back as input: {@code 14 mons 3 days -01:00:00}. */
    @Override
    public String toString() {
        return IntervalText.format(this);
    }
}
