package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code real} to {@code Float} and {@code float}. Bound with {@code setFloat}, read with {@code getFloat}.
 *
 * <p>Edge cases: {@code NaN}, {@code Infinity} and {@code -Infinity} are stored and read back as
 * such (PostgreSQL's real holds them; its text forms are the same as Java's). {@code -0.0} stays
 * negative zero. SQL NULL reads as null, also for a {@code float} field, where the mapping layer
 * refuses it.
 */
final class RealCodec implements TypeCodec<Float> {
    static final RealCodec INSTANCE = new RealCodec();

    private RealCodec() {
    }

    @Override
    public String sqlType() {
        return "real";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Float value) throws SQLException {
        statement.setFloat(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.REAL);
    }

    @Override
    public Float read(ResultSet rows, int column) throws SQLException {
        float value = rows.getFloat(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public String format(Float value) {
        return value.toString();
    }

    @Override
    public Float parse(String text) {
        try {
            return Float.parseFloat(text.trim());
        } catch (NumberFormatException notANumber) {
            throw Unreadable.value(sqlType(), text, notANumber);
        }
    }
}
