package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code smallint} to {@code Short} and {@code short}. Bound with {@code setShort}, read with {@code getShort}.
 *
 * <p>Edge cases: SQL NULL reads as null, also for a {@code short} field, where the mapping layer
 * refuses it; values outside the smallint range cannot occur in Java, and a larger server value read
 * through this codec (a widened column) fails in the driver.
 */
final class SmallintCodec implements TypeCodec<Short> {
    static final SmallintCodec INSTANCE = new SmallintCodec();

    private SmallintCodec() {
    }

    @Override
    public String sqlType() {
        return "smallint";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Short value) throws SQLException {
        statement.setShort(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.SMALLINT);
    }

    @Override
    public Short read(ResultSet rows, int column) throws SQLException {
        short value = rows.getShort(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public String format(Short value) {
        return value.toString();
    }

    @Override
    public Short parse(String text) {
        try {
            return Short.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            throw Unreadable.value(sqlType(), text, notANumber);
        }
    }
}
