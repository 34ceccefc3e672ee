package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's array literal ({@code {1,2,NULL,"a \"b\""}}) for one-dimensional arrays. Elements are
 * already in their own text form; a Java null is the unquoted {@code NULL}, the string {@code "NULL"}
 * is quoted so the two stay apart. Multi-dimensional literals are refused: Tusk maps one-dimensional
 * arrays only. A dimension prefix such as {@code [0:2]=} (arrays not starting at 1) is skipped.
 */
final class ArrayLiteral {
    private final String text;
    private int position;

    private ArrayLiteral(String text) {
        this.text = text;
    }

    /** The array literal holding these element texts; null elements become {@code NULL}. */
    static String format(List<String> elements) {
        StringBuilder literal = new StringBuilder(2 + elements.size() * 8).append('{');
        for (int index = 0; index < elements.size(); index++) {
            if (index > 0) {
                literal.append(',');
            }
            appendElement(literal, elements.get(index));
        }
        return literal.append('}').toString();
    }

    /** The element texts of a one-dimensional array literal; {@code NULL} elements are Java nulls. */
    static List<String> parse(String literal) {
        return new ArrayLiteral(literal).parseArray();
    }

    private static void appendElement(StringBuilder literal, String element) {
        if (element == null) {
            literal.append("NULL");
            return;
        }
        if (!needsQuotes(element)) {
            literal.append(element);
            return;
        }
        literal.append('"');
        for (int index = 0; index < element.length(); index++) {
            char current = element.charAt(index);
            if (current == '"' || current == '\\') {
                literal.append('\\');
            }
            literal.append(current);
        }
        literal.append('"');
    }

    private static boolean needsQuotes(String element) {
        if (element.isEmpty() || element.equalsIgnoreCase("NULL")) {
            return true;
        }
        for (int index = 0; index < element.length(); index++) {
            char current = element.charAt(index);
            if (current == '"' || current == '\\' || current == '{' || current == '}' || current == ','
                    || isSpace(current)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char character) {
        return character == ' ' || character == '\t' || character == '\n' || character == '\r'
                || character == '\u000B' || character == '\f';
    }

    private List<String> parseArray() {
        skipDimensions();
        skipSpaces();
        expect('{');
        List<String> elements = new ArrayList<>();
        skipSpaces();
        if (peek() == '}') {
            position++;
        } else {
            while (true) {
                skipSpaces();
                elements.add(parseElement());
                skipSpaces();
                char separator = next();
                if (separator == '}') {
                    break;
                }
                if (separator != ',') {
                    throw malformed("expected ',' or '}'");
                }
            }
        }
        skipSpaces();
        if (position != text.length()) {
            throw malformed("unexpected text after the closing '}'");
        }
        return elements;
    }

    private String parseElement() {
        char first = peek();
        if (first == '{') {
            throw new ValidationException("the array is multi-dimensional (" + abbreviated()
                    + "); Tusk maps one-dimensional arrays only: select a slice or unnest() it in SQL");
        }
        return first == '"' ? parseQuoted() : parseUnquoted();
    }

    private String parseQuoted() {
        position++;
        StringBuilder element = new StringBuilder();
        while (true) {
            char current = next();
            if (current == '"') {
                return element.toString();
            }
            element.append(current == '\\' ? next() : current);
        }
    }

    private String parseUnquoted() {
        StringBuilder element = new StringBuilder();
        int keptLength = 0;
        boolean escaped = false;
        while (position < text.length() && peek() != ',' && peek() != '}') {
            char current = next();
            if (current == '"' || current == '{') {
                throw malformed("unexpected '" + current + "' inside an unquoted element");
            }
            if (current == '\\') {
                element.append(next());
                escaped = true;
                keptLength = element.length();
            } else {
                element.append(current);
                keptLength = isSpace(current) ? keptLength : element.length();
            }
        }
        element.setLength(keptLength);
        if (element.isEmpty()) {
            throw malformed("empty unquoted element");
        }
        String value = element.toString();
        return !escaped && value.equalsIgnoreCase("NULL") ? null : value;
    }

    private void skipDimensions() {
        skipSpaces();
        if (position < text.length() && peek() == '[') {
            int equals = text.indexOf('=', position);
            if (equals < 0) {
                throw malformed("a dimension prefix without '='");
            }
            position = equals + 1;
        }
    }

    private void skipSpaces() {
        while (position < text.length() && isSpace(text.charAt(position))) {
            position++;
        }
    }

    private void expect(char wanted) {
        if (next() != wanted) {
            throw malformed("expected '" + wanted + "'");
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw malformed("unexpected end");
        }
        return text.charAt(position);
    }

    private char next() {
        char current = peek();
        position++;
        return current;
    }

    private ValidationException malformed(String problem) {
        return new ValidationException("malformed PostgreSQL array literal " + abbreviated() + ": " + problem
                + " at position " + position);
    }

    private String abbreviated() {
        return text.length() <= 60 ? "'" + text + "'" : "'" + text.substring(0, 57) + "...'";
    }
}
