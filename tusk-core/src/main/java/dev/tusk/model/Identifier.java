package dev.tusk.model;

import dev.tusk.exception.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Validates and quotes SQL identifiers. Every identifier Tusk writes is double-quoted, so a name
 * keeps its case and can never end the identifier early; names that come from outside the entity
 * model (aliases, dynamic column names) must also match {@code ^[A-Za-z_][A-Za-z0-9_$]*$} and fit
 * PostgreSQL's 63-byte limit.
 */
public final class Identifier {
    private static final Pattern SAFE = Pattern.compile("^[A-Za-z_][A-Za-z0-9_$]*$");
    public static final int MAX_BYTES = 63;

    private Identifier() {
    }

    /**
     * Checks a name that did not come from the entity model.
     *
     * @param argument what the caller called it, for the message ("alias", "column")
     */
    public static String requireSafe(String name, String argument) {
        if (name == null) {
            throw new ValidationException(argument + " must not be null");
        }
        if (!SAFE.matcher(name).matches()) {
            throw new ValidationException(argument + " '" + printable(name) + "' is not a valid identifier: use letters,"
                    + " digits, '_' and '$', starting with a letter or '_'");
        }
        requireFits(name, argument);
        return name;
    }

    /** Checks a name from an annotation: any characters but NUL, at most 63 bytes. */
    public static String requireFits(String name, String argument) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new ValidationException(argument + " '" + printable(name) + "' must be non-empty and free of NUL");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new ValidationException(argument + " '" + printable(name) + "' is " + bytes
                    + " bytes long; PostgreSQL identifiers hold at most " + MAX_BYTES);
        }
        return name;
    }

    /** The name in double quotes, inner quotes doubled. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String printable(String name) {
        return name.replace("\0", "\\u0000");
    }
}
