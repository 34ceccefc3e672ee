package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code integer} to {@code Integer} and {@code int}. Bound with {@code setInt}, read with {@code getInt}.
 *
 * <p>Edge cases: SQL NULL reads as null, also for a {@code int} field, where the mapping layer
 * refuses it; values outside the integer range cannot occur in Java, and a larger server value read
 * through this codec (a widened column) fails in the driver.
 */
final class IntegerCodec implements TypeCodec<Integer> {
    static final IntegerCodec INSTANCE = new IntegerCodec();

    private IntegerCodec() {
    }

    @Override
    public String sqlType() {
        return "integer";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Integer value) throws SQLException {
        statement.setInt(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.INTEGER);
    }

    @Override
    public Integer read(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public String format(Integer value) {
        return value.toString();
    }

    @Override
    public Integer parse(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            throw Unreadable.value(sqlType(), text, notANumber);
        }
    }
}
