package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code double precision} to {@code Double} and {@code double}. Bound with {@code setDouble}, read
 * with {@code getDouble}.
 *
 * <p>Edge cases: {@code NaN}, {@code Infinity} and {@code -Infinity} are stored and read back as
 * such (PostgreSQL's double precision holds them; its text forms are the same as Java's). {@code -0.0} stays
 * negative zero. SQL NULL reads as null, also for a {@code double} field, where the mapping layer
 * refuses it.
 */
final class DoubleCodec implements TypeCodec<Double> {
    static final DoubleCodec INSTANCE = new DoubleCodec();

    private DoubleCodec() {
    }

    @Override
    public String sqlType() {
        return "double precision";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Double value) throws SQLException {
        statement.setDouble(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.DOUBLE);
    }

    @Override
    public Double read(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public String format(Double value) {
        return value.toString();
    }

    @Override
    public Double parse(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException notANumber) {
            throw Unreadable.value(sqlType(), text, notANumber);
        }
    }
}
