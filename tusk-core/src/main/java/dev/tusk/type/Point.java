package dev.tusk.type;

import dev.tusk.exception.ValidationException;

/**
 * A PostgreSQL {@code point}: two double precision coordinates, text form {@code (x,y)}.
 * {@code NaN} and the infinities are stored as such.
 *
 * @param x the first coordinate
 * @param y the second coordinate
 */
public record Point(double x, double y) {

    /** Reads {@code (x,y)} (spaces allowed; the parentheses optional, as PostgreSQL's input allows). */
    public static Point parse(String text) {
        String body = text.trim();
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        int comma = body.indexOf(',');
        if (comma < 0 || body.indexOf(',', comma + 1) >= 0) {
            throw new ValidationException("'" + text + "' is not a point; PostgreSQL writes points as (x,y)");
        }
        try {
            return new Point(Double.parseDouble(body.substring(0, comma).trim()),
                    Double.parseDouble(body.substring(comma + 1).trim()));
        } catch (NumberFormatException notANumber) {
            throw new ValidationException("'" + text + "' is not a point: a coordinate is not a number", notANumber);
        }
    }

    /** PostgreSQL's text form {@code (x,y)}. */
    @Override
    public String toString() {
        return "(" + x + "," + y + ")";
    }
}
