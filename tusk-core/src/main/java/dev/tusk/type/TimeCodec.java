package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;

/**
 * {@code time} to {@link LocalTime}. Bound with {@code setObject(value)} and read with
 * {@code getObject(column, LocalTime.class)}: no {@code java.sql} date types and no time zone, so the
 * JVM's default zone never shifts the value.
 *
 * <p>Edge cases: PostgreSQL's {@code 24:00:00} reads as {@link LocalTime#MAX}, and {@code LocalTime.MAX}
 * is written as {@code 24:00:00}. Nanoseconds are rounded to microseconds (PostgreSQL's precision), so
 * a value with sub-microsecond digits does not read back equal.
 */
final class TimeCodec implements TypeCodec<LocalTime> {
    static final TimeCodec INSTANCE = new TimeCodec();

    private TimeCodec() {
    }

    @Override
    public String sqlType() {
        return "time";
    }

    @Override
    public void bind(PreparedStatement statement, int index, LocalTime value) throws SQLException {
        statement.setObject(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.TIME);
    }

    @Override
    public LocalTime read(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalTime.class);
    }

    @Override
    public String format(LocalTime value) {
        return PgDateTimeText.formatTime(value);
    }

    @Override
    public LocalTime parse(String text) {
        return PgDateTimeText.parseTime(text);
    }
}
