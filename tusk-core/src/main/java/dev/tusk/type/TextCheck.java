package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.util.Locale;

/**
 * The checks every string bound as PostgreSQL text must pass: no NUL character (PostgreSQL text
 * cannot hold one) and no lone UTF-16 surrogate (it has no UTF-8 encoding, so the driver would send
 * a replacement character and store something else than the application holds).
 */
final class TextCheck {
    private TextCheck() {
    }

    /** Throws {@link ValidationException} when {@code text} cannot be stored as PostgreSQL text. */
    static void check(String text) {
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            if (current == '\u0000') {
                throw nul(index);
            }
            if (Character.isHighSurrogate(current)) {
                if (index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
                    index++;
                    continue;
                }
                throw loneSurrogate(current, index);
            }
            if (Character.isLowSurrogate(current)) {
                throw loneSurrogate(current, index);
            }
        }
    }

    static ValidationException nul(int index) {
        return new ValidationException("text contains a NUL character (\\u0000), which PostgreSQL text"
                + " cannot store (at index " + index + "); remove it, or store binary data as bytea (byte[])");
    }

    static ValidationException loneSurrogate(char surrogate, int index) {
        return new ValidationException(String.format(Locale.ROOT, "text contains a lone UTF-16 surrogate (\\u%04X) at index %d,"
                + " which is not valid Unicode and cannot be encoded as UTF-8; fix the string where it was built"
                + " (a surrogate must be half of a high-low pair)", (int) surrogate, index));
    }
}
