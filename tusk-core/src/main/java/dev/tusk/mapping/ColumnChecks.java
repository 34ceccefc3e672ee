package dev.tusk.mapping;

import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.exec.ParameterText;
import dev.tusk.model.PropertyModel;
import dev.tusk.type.TypeCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The checks the mapping implies for one value about to be written, first failing check only:
 * NULL into a non-null column ({@code @Column(nullable = false)}, primitives, keys) unless the database
 * fills it; text, or an enum's label stored as text, longer than {@code @Column(length)}; a number
 * beyond {@code @Column(precision, scale)}; and the codec's own checks (NUL characters, vector
 * dimensions, numbers PostgreSQL cannot hold...).
 *
 * <p>The precision rule is PostgreSQL's: a value is first rounded to the scale (half away from zero),
 * so extra digits after the point are not an error; what must fit is the rounded value, which holds
 * at most {@code precision - scale} digits before the point ({@code 999.995} rounds to {@code 1000.00},
 * too big for {@code numeric(5,2)}).
 */
final class ColumnChecks {
    private ColumnChecks() {
    }

    /**
     * Adds the value's first problem, if any, to {@code findings}.
     *
     * @param codecChecked the writer makes the codec's checks itself, in the same pass as it encodes
     */
    static void check(Findings findings, PropertyModel property, TypeCodec<Object> codec, Object value,
                      boolean codecChecked) {
        if (value == null) {
            if (!property.nullable() && !property.databaseFills()) {
                findings.sentence(property, null, "must not be null");
            }
            return;
        }
        String problem = length(property, codec, value);
        problem = problem != null ? problem : precision(property, value);
        if (problem != null) {
            findings.sentence(property, value, problem);
            return;
        }
        if (!codecChecked) {
            try {
                codec.validate(value);
            } catch (ValidationException invalid) {
                findings.labelled(property.slot(), new Violation(property.name(), value, invalid.reason()));
            }
        }
    }

    private static String length(PropertyModel property, TypeCodec<Object> codec, Object value) {
        if (property.length() <= 0) {
            return null;
        }
        if (value instanceof CharSequence text) {
            int characters = text.toString().codePointCount(0, text.length());
            return characters <= property.length() ? null
                    : "is " + characters + " characters long; at most " + property.length() + " fit";
        }
        if (value instanceof Enum<?> constant) {
            String label = codec.format(value);
            int characters = label.codePointCount(0, label.length());
            return characters <= property.length() ? null
                    : "holds " + constant.getDeclaringClass().getSimpleName() + "." + constant.name() + ", whose label is "
                    + characters + " characters long; at most " + property.length() + " fit: widen @Column(length)"
                    + " or give the constant a shorter @EnumLabel";
        }
        return null;
    }

    private static String precision(PropertyModel property, Object value) {
        if (property.precision() <= 0 || !(value instanceof Number number)) {
            return null;
        }
        BigDecimal decimal = decimal(number);
        if (decimal == null) {
            return null; // NaN and infinities: the codec's or the server's to refuse
        }
        int precision = property.precision();
        int scale = property.scale();
        BigDecimal rounded = decimal.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(precision - scale);
        if (rounded.abs().compareTo(limit) < 0) {
            return null;
        }
        boolean secret = ParameterText.isSecret(property.name()) || ParameterText.isSecret(property.column());
        String shown = secret ? "is too big" : "is " + decimal.toPlainString()
                + (rounded.compareTo(decimal) == 0 ? "" : ", " + rounded.toPlainString() + " once rounded to the scale");
        String holds = precision > scale ? "at most " + (precision - scale) + " digits before the point"
                : "only values below " + limit.toPlainString() + " in magnitude";
        return shown + ": numeric(" + precision + "," + scale + ") holds " + holds + " (@Column(precision = "
                + precision + ", scale = " + scale + ")); store a smaller value or widen the column";
    }

    /** The number as a BigDecimal, or null for NaN and infinities. */
    private static BigDecimal decimal(Number number) {
        return switch (number) {
            case BigDecimal decimal -> decimal;
            case BigInteger integer -> new BigDecimal(integer);
            case Long whole -> BigDecimal.valueOf(whole);
            case Integer whole -> BigDecimal.valueOf(whole);
            case Short whole -> BigDecimal.valueOf(whole);
            case Byte whole -> BigDecimal.valueOf(whole);
            case Double real -> Double.isFinite(real) ? BigDecimal.valueOf(real) : null;
            case Float real -> Float.isFinite(real) ? new BigDecimal(Float.toString(real)) : null;
            default -> parsed(number.toString());
        };
    }

    private static BigDecimal parsed(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notDecimal) {
            return null;
        }
    }
}
