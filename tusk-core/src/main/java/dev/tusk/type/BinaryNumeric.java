package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;

/**
 * {@link BigDecimal} in {@code numeric}'s binary form ({@code numeric_send}): four 16-bit
 * header words, then base-10000 digits, most significant first, aligned on the decimal point.
 * <ul>
 * <li>{@code ndigits}: how many base-10000 digits follow (trailing zero digits are left out);</li>
 * <li>{@code weight}: the power of 10000 of the first digit ({@code 12345.6} is {@code 1, 2345, 6000}
 *     with weight 1; {@code 0.00001} is {@code 1000} with weight -2);</li>
 * <li>{@code sign}: {@code 0x0000} positive, {@code 0x4000} negative;</li>
 * <li>{@code dscale}: the decimal digits after the point, the BigDecimal's scale (0 when negative:
 *     {@code 1E+3} is {@code 1000}), so {@code 1.50} keeps its two decimals.</li>
 * </ul>
 *
 * <p>Edge cases: zero has no digits and keeps its scale ({@code 0.000}). A value with more than
 * 131,072 digits before the point or 16,383 after, PostgreSQL's limits, is refused with a
 * {@link ValidationException} instead of being sent. A {@code numeric(p,s)} column rounds to its
 * scale and refuses what exceeds its precision, as it does for text input.
 */
final class BinaryNumeric {
    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final int MAX_SCALE = 0x3FFF;
    private static final int MAX_INTEGER_DIGITS = 131_072;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int power = 1; power < POWERS_OF_TEN.length; power++) {
            POWERS_OF_TEN[power] = POWERS_OF_TEN[power - 1] * 10;
        }
    }

    private BinaryNumeric() {
    }

    static void write(BigDecimal value, BinaryBuffer out) throws SQLException {
        int scale = value.scale();
        if (scale > MAX_SCALE) {
            throw new ValidationException("numeric value " + shown(value) + " has " + scale + " digits after the point;"
                    + " PostgreSQL's numeric holds at most " + MAX_SCALE + " (round it with setScale)");
        }
        if ((long) value.precision() - scale > MAX_INTEGER_DIGITS) {
            throw new ValidationException("numeric value " + shown(value) + " has " + ((long) value.precision() - scale)
                    + " digits before the point; PostgreSQL's numeric holds at most " + MAX_INTEGER_DIGITS);
        }
        BigInteger unscaled = value.unscaledValue();
        int sign = unscaled.signum();
        if (scale < 0) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(-scale));
            scale = 0;
        }
        if (sign == 0) {
            header(0, 0, POSITIVE, scale, out);
            return;
        }
        int signWord = sign < 0 ? NEGATIVE : POSITIVE;
        if (unscaled.bitLength() < 63 && Math.abs(unscaled.longValue()) <= Long.MAX_VALUE / 1000) {
            writeSmall(Math.abs(unscaled.longValue()), scale, signWord, out);
        } else {
            writeLarge(unscaled.abs().toString(), scale, signWord, out);
        }
    }

    /** A magnitude that fits a long even after padding the fraction to whole base-10000 digits. */
    private static void writeSmall(long magnitude, int scale, int signWord, BinaryBuffer out) throws SQLException {
        int padding = (4 - scale % 4) % 4;
        long aligned = magnitude * POWERS_OF_TEN[padding];
        int fractionDigits = (scale + padding) / 4;
        int digits = (decimalDigits(aligned) + 3) / 4;
        int trailingZeros = 0;
        for (long rest = aligned; rest % 10_000 == 0; rest /= 10_000) {
            trailingZeros++;
        }
        int written = digits - trailingZeros;
        int weight = digits - fractionDigits - 1;
        header(written, weight, signWord, scale, out);
        for (int digit = 0; digit < written; digit++) {
            out.writeShort((int) (aligned / POWERS_OF_TEN[4 * (digits - 1 - digit)] % 10_000));
        }
    }

    /** Any magnitude, from its decimal digits. */
    private static void writeLarge(String magnitude, int scale, int signWord, BinaryBuffer out) throws SQLException {
        int point = magnitude.length() - scale;               // where the decimal point falls among the digits
        int weight = Math.floorDiv(point - 1, 4);
        int leading = 4 * (weight + 1) - point;              // zeros before the first digit, to align on the point
        int total = (leading + magnitude.length() + 3) / 4;
        int written = total;
        while (written > 0 && digitAt(magnitude, leading, written - 1) == 0) {
            written--;
        }
        if (weight > Short.MAX_VALUE || weight < Short.MIN_VALUE || written > 0xFFFF) {
            throw new ValidationException("numeric value with " + magnitude.length() + " digits and scale " + scale
                    + " is beyond PostgreSQL's numeric range");
        }
        header(written, weight, signWord, scale, out);
        for (int digit = 0; digit < written; digit++) {
            out.writeShort(digitAt(magnitude, leading, digit));
        }
    }

    /** Base-10000 digit {@code index} of the decimal digits preceded by {@code leading} zeros (zeros past the end). */
    private static int digitAt(String magnitude, int leading, int index) {
        int value = 0;
        for (int position = 4 * index - leading; position < 4 * index - leading + 4; position++) {
            int decimal = position >= 0 && position < magnitude.length() ? magnitude.charAt(position) - '0' : 0;
            value = value * 10 + decimal;
        }
        return value;
    }

    private static void header(int digits, int weight, int signWord, int scale, BinaryBuffer out) throws SQLException {
        out.writeInt(8 + 2 * digits);
        out.writeShort(digits);
        out.writeShort(weight);
        out.writeShort(signWord);
        out.writeShort(scale);
    }

    private static int decimalDigits(long positive) {
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && positive >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }

    private static String shown(BigDecimal value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
