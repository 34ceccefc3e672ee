package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@code timestamp with time zone} to {@link Instant}, through {@link TimestamptzCodec} at offset
 * UTC, so no time zone ever applies.
 *
 * <p>Edge cases: {@code infinity} and {@code -infinity} read as {@link Instant#MAX} and
 * {@link Instant#MIN}, and those two are written back as infinity. Other instants outside
 * PostgreSQL's range (4713 BC to 294276 AD) are refused by the server. Nanoseconds are rounded to
 * microseconds.
 */
final class InstantCodec implements TypeCodec<Instant> {
    static final InstantCodec INSTANCE = new InstantCodec();

    private InstantCodec() {
    }

    @Override
    public String sqlType() {
        return "timestamp with time zone";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Instant value) throws SQLException {
        TimestamptzCodec.INSTANCE.bind(statement, index, toOffsetDateTime(value));
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public Instant read(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = TimestamptzCodec.INSTANCE.read(rows, column);
        return value == null ? null : toInstant(value);
    }

    @Override
    public String format(Instant value) {
        return PgDateTimeText.formatTimestamptz(toOffsetDateTime(value));
    }

    @Override
    public Instant parse(String text) {
        return toInstant(PgDateTimeText.parseTimestamptz(text));
    }

    private static OffsetDateTime toOffsetDateTime(Instant value) {
        if (value.equals(Instant.MAX)) {
            return OffsetDateTime.MAX;
        }
        if (value.equals(Instant.MIN)) {
            return OffsetDateTime.MIN;
        }
        return value.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime value) {
        if (value.equals(OffsetDateTime.MAX)) {
            return Instant.MAX;
        }
        if (value.equals(OffsetDateTime.MIN)) {
            return Instant.MIN;
        }
        return value.toInstant();
    }
}
