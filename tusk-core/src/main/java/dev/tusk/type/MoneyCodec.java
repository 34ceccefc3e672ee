package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.regex.Pattern;

/**
 * {@code money} to {@link BigDecimal}, for a field declared {@code @Column(type = "money")}.
 * PostgreSQL formats money by the server's {@code lc_monetary} ({@code $1,234.56},
 * {@code -$1.00}, {@code ($1.00)}, {@code 1 234,56 €}), so the value is bound as plain numeric text
 * ({@code 1234.56}) with {@code Types.OTHER} and read with {@code getString}, stripping the currency
 * symbol and group separators.
 *
 * <p>Edge cases: this assumes an {@code lc_monetary} whose decimal point is {@code '.'} and which
 * has 2 fraction digits ({@code C}, {@code en_US}, ...); output that looks like a comma decimal
 * point ({@code 1.234,56}) is refused rather than misread: for such servers select
 * {@code col::numeric} instead. {@link #validate} refuses more than 2 decimal places (the server
 * would round them away) and values beyond money's range (about ±92 quadrillion). Values read back
 * have scale 2.
 */
final class MoneyCodec implements TypeCodec<BigDecimal> {
    static final MoneyCodec INSTANCE = new MoneyCodec();
    private static final BigDecimal MAXIMUM = new BigDecimal("92233720368547758.07");
    private static final BigDecimal MINIMUM = new BigDecimal("-92233720368547758.08");
    private static final Pattern COMMA_NOT_GROUPING = Pattern.compile(",(?!\\d{3}(?!\\d))");

    private MoneyCodec() {
    }

    @Override
    public String sqlType() {
        return "money";
    }

    @Override
    public void validate(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("money value " + value.toPlainString() + " has more than 2 decimal places,"
                    + " which money would round away; round it first (setScale(2, RoundingMode.HALF_EVEN))");
        }
        if (value.compareTo(MAXIMUM) > 0 || value.compareTo(MINIMUM) < 0) {
            throw new ValidationException("money value " + value.toPlainString() + " is out of money's range ("
                    + MINIMUM + " to " + MAXIMUM + "); use a numeric column");
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        statement.setObject(index, value.toPlainString(), Types.OTHER);
    }

    @Override
    public BigDecimal read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : parse(text);
    }

    @Override
    public String format(BigDecimal value) {
        return value.toPlainString();
    }

    @Override
    public BigDecimal parse(String text) {
        String trimmed = text.trim();
        if (COMMA_NOT_GROUPING.matcher(trimmed).find() || trimmed.indexOf('.') != trimmed.lastIndexOf('.')) {
            throw new ValidationException("cannot read the money value '" + text + "': it looks formatted for a"
                    + " locale whose decimal point is not '.'; set lc_monetary to C or en_US, or select col::numeric");
        }
        StringBuilder number = new StringBuilder(trimmed.length());
        for (int index = 0; index < trimmed.length(); index++) {
            char current = trimmed.charAt(index);
            if (current >= '0' && current <= '9' || current == '.') {
                number.append(current);
            }
        }
        if (number.isEmpty() || number.toString().equals(".")) {
            throw Unreadable.value(sqlType(), text, null);
        }
        BigDecimal amount = new BigDecimal(number.toString());
        boolean negative = trimmed.indexOf('-') >= 0 || trimmed.startsWith("(") && trimmed.endsWith(")");
        return negative ? amount.negate() : amount;
    }
}
