package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@code timestamp with time zone} to {@link OffsetDateTime}. Bound with {@code setObject(value)}
 * (the driver sends the offset along) and read with {@code getObject(column, OffsetDateTime.class)},
 * so neither the JVM's default zone nor the session's {@code TimeZone} changes the instant.
 *
 * <p>Edge cases: PostgreSQL stores the instant, not the offset: a value always reads back at offset
 * UTC ({@code 12:00+02:00} reads as {@code 10:00Z}, {@code isEqual} but not {@code equals}).
 * {@code infinity} and {@code -infinity} read as {@link OffsetDateTime#MAX} and
 * {@link OffsetDateTime#MIN}, and those two are written back as infinity. Nanoseconds are rounded
 * to microseconds.
 */
final class TimestamptzCodec implements TypeCodec<OffsetDateTime> {
    static final TimestamptzCodec INSTANCE = new TimestamptzCodec();

    private TimestamptzCodec() {
    }

    @Override
    public String sqlType() {
        return "timestamp with time zone";
    }

    @Override
    public void bind(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
        if (value.equals(OffsetDateTime.MAX) || value.equals(OffsetDateTime.MIN)) {
            statement.setObject(index, PgDateTimeText.formatTimestamptz(value), Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public OffsetDateTime read(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        if (value == null || value.equals(OffsetDateTime.MAX) || value.equals(OffsetDateTime.MIN)) {
            return value;
        }
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Override
    public String format(OffsetDateTime value) {
        return PgDateTimeText.formatTimestamptz(value);
    }

    @Override
    public OffsetDateTime parse(String text) {
        return PgDateTimeText.parseTimestamptz(text);
    }
}
