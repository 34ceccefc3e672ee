package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;

/**
 * {@code interval} to {@link Duration}. Any duration is written, as the interval's time part only
 * ({@code PT36H} is {@code 36:00:00}, not {@code 1 day 12:00:00}); bound as text with
 * {@code Types.OTHER}, read with {@code getString}.
 *
 * <p>Edge cases: reading an interval with months ({@code 1 mon}) throws {@link ValidationException}:
 * a month has no fixed length, so map the column to {@link Interval}; so does an infinite interval
 * (PostgreSQL 17). Days read as 24 hours each.
 * Nanoseconds are rounded half up to microseconds. A duration beyond 64-bit microseconds (about
 * 292,000 years) is refused by {@link #validate}.
 */
final class DurationCodec implements TypeCodec<Duration> {
    static final DurationCodec INSTANCE = new DurationCodec();

    private DurationCodec() {
    }

    @Override
    public String sqlType() {
        return "interval";
    }

    @Override
    public void validate(Duration value) {
        try {
            IntervalText.microsOf(value);
        } catch (ArithmeticException overflow) {
            throw new ValidationException("the duration " + value + " is too long for a PostgreSQL interval, which"
                    + " holds at most about 292,000 years of hours, minutes and seconds", overflow);
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, Duration value) throws SQLException {
        statement.setObject(index, format(value), Types.OTHER);
    }

    @Override
    public Duration read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : parse(text);
    }

    @Override
    public String format(Duration value) {
        return IntervalText.format(Interval.of(value));
    }

    @Override
    public Duration parse(String text) {
        Interval interval = IntervalText.parse(text);
        if (interval.equals(Interval.INFINITY) || interval.equals(Interval.NEGATIVE_INFINITY)) {
            throw new ValidationException("the interval is " + text.trim() + ", which a Duration cannot hold; map the"
                    + " field to dev.tusk.type.Interval (Interval.INFINITY), or filter it out in SQL");
        }
        if (interval.months() != 0) {
            throw new ValidationException("the interval '" + text + "' has " + interval.months() + " months, which"
                    + " a Duration cannot hold (a month has no fixed length); map the field to dev.tusk.type.Interval");
        }
        return interval.toDuration();
    }
}
