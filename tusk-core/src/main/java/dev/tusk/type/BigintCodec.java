package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code bigint} to {@code Long} and {@code long}. Bound with {@code setLong}, read with {@code getLong}.
 *
 * <p>Edge cases: SQL NULL reads as null, also for a {@code long} field, where the mapping layer
 * refuses it; values outside the bigint range cannot occur in Java, and a larger server value read
 * through this codec (a widened column) fails in the driver.
 */
final class BigintCodec implements TypeCodec<Long> {
    static final BigintCodec INSTANCE = new BigintCodec();

    private BigintCodec() {
    }

    @Override
    public String sqlType() {
        return "bigint";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Long value) throws SQLException {
        statement.setLong(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.BIGINT);
    }

    @Override
    public Long read(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public String format(Long value) {
        return value.toString();
    }

    @Override
    public Long parse(String text) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            throw Unreadable.value(sqlType(), text, notANumber);
        }
    }
}
