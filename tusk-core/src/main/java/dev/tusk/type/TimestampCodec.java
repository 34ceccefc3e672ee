package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * {@code timestamp} to {@link LocalDateTime}. Bound with {@code setObject(value)} and read with
 * {@code getObject(column, LocalDateTime.class)}: no {@code java.sql} date types and no time zone, so the
 * JVM's default zone never shifts the value.
 *
 * <p>Edge cases: {@code infinity} and {@code -infinity} read as {@link LocalDateTime#MAX} and
 * {@link LocalDateTime#MIN} and are written back as infinity. Nanoseconds are rounded to
 * microseconds. A {@code timestamp} has no zone: the value is stored exactly as the wall-clock
 * reading given, whatever the JVM or session time zone.
 */
final class TimestampCodec implements TypeCodec<LocalDateTime> {
    static final TimestampCodec INSTANCE = new TimestampCodec();

    private TimestampCodec() {
    }

    @Override
    public String sqlType() {
        return "timestamp";
    }

    @Override
    public void bind(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
        statement.setObject(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.TIMESTAMP);
    }

    @Override
    public LocalDateTime read(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class);
    }

    @Override
    public String format(LocalDateTime value) {
        return PgDateTimeText.formatTimestamp(value);
    }

    @Override
    public LocalDateTime parse(String text) {
        return PgDateTimeText.parseTimestamp(text);
    }
}
