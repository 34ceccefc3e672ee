package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code interval} to {@link Interval} (months, days, microseconds kept apart, losslessly). Bound as
 * PostgreSQL's {@code postgres}-style text with {@code Types.OTHER}, read with {@code getString}
 * and parsed.
 *
 * <p>Edge cases: reading needs {@code IntervalStyle} {@code postgres} (the default),
 * {@code postgres_verbose} or {@code iso_8601}; {@code sql_standard} output is refused with a
 * message saying so. PostgreSQL 17's {@code infinity} and {@code -infinity} read as
 * {@link Interval#INFINITY} and {@link Interval#NEGATIVE_INFINITY} and are written back as such;
 * before 17, {@code INFINITY} is an ordinary (huge) interval and {@code NEGATIVE_INFINITY} is
 * refused by the server, whose input range stops one microsecond short of {@code Long.MIN_VALUE}.
 */
final class IntervalCodec implements TypeCodec<Interval> {
    static final IntervalCodec INSTANCE = new IntervalCodec();

    private IntervalCodec() {
    }

    @Override
    public String sqlType() {
        return "interval";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Interval value) throws SQLException {
        statement.setObject(index, IntervalText.format(value), Types.OTHER);
    }

    @Override
    public Interval read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : IntervalText.parse(text);
    }

    @Override
    public String format(Interval value) {
        return IntervalText.format(value);
    }

    @Override
    public Interval parse(String text) {
        return IntervalText.parse(text);
    }
}
