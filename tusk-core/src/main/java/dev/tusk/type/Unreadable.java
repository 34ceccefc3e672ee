package dev.tusk.type;

import dev.tusk.exception.ValidationException;

/** The error for a column value, or an element of one, that a codec cannot turn into its Java type. */
final class Unreadable {
    private Unreadable() {
    }

    static ValidationException value(String sqlType, String text, Throwable cause) {
        String shown = text.length() <= 60 ? text : text.substring(0, 57) + "...";
        return new ValidationException("'" + shown + "' is not a valid " + sqlType + " value", cause);
    }
}
