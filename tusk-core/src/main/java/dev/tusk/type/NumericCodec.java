package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code numeric} to {@link BigDecimal}. Bound with {@code setBigDecimal}, read with
 * {@code getBigDecimal}; the special values, which the driver refuses, get a clear error of their own.
 *
 * <p>Edge cases: PostgreSQL's numeric also holds {@code NaN} and (since 14) {@code Infinity} and
 * {@code -Infinity}, which {@code BigDecimal} cannot; reading one throws {@link ValidationException}
 * telling how to keep it out (filter in SQL, or map the column to {@code double}). The scale read
 * back is the column's, so {@code 1.5} written to {@code numeric(10,2)} reads as {@code 1.50}
 * ({@code compareTo} equal, not {@code equals}); a value beyond the column's precision is refused by
 * the server. The text form is {@link BigDecimal#toPlainString()}, never an exponent.
 */
final class NumericCodec implements TypeCodec<BigDecimal> {
    static final NumericCodec INSTANCE = new NumericCodec();

    private NumericCodec() {
    }

    @Override
    public String sqlType() {
        return "numeric";
    }

    @Override
    public void bind(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        statement.setBigDecimal(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.NUMERIC);
    }

    /**
     * The driver's own {@code getBigDecimal}, which decodes the binary form of a server-prepared
     * statement directly (going through the text would build the string only to parse it again).
     * It refuses {@code NaN} and the infinities; only then is the text read, for the clear error.
     */
    @Override
    public BigDecimal read(ResultSet rows, int column) throws SQLException {
        try {
            return rows.getBigDecimal(column);
        } catch (SQLException | NumberFormatException | ArithmeticException special) {
            String text = rows.getString(column);
            return text == null ? null : parse(text);
        }
    }

    @Override
    public String format(BigDecimal value) {
        return value.toPlainString();
    }

    @Override
    public BigDecimal parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("NaN") || trimmed.equals("Infinity") || trimmed.equals("-Infinity")) {
            throw new ValidationException("numeric value " + trimmed + " has no BigDecimal equivalent; keep it out"
                    + " in SQL (where col <> '" + trimmed + "') or map the column to double, which holds " + trimmed);
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException notANumber) {
            throw Unreadable.value(sqlType(), text, notANumber);
        }
    }
}
