package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code hstore} (the extension must be installed) to {@code Map<String, String>}. Bound as the
 * hstore text ({@code "a"=>"1", "b"=>NULL}) with {@code Types.OTHER}, read with {@code getString}
 * and parsed into a mutable {@link LinkedHashMap}.
 *
 * <p>Edge cases: values may be null (hstore's NULL), keys may not: {@link #validate} refuses a null
 * key, and a NUL character or a lone surrogate in any key or value, as for text. Keys and values
 * are always quoted, so {@code "=>"}, commas, quotes, backslashes and the string {@code "NULL"}
 * survive. The server keeps one value per key and its own key order (by length, then bytes);
 * compare maps with {@code equals}, not by iteration order.
 */
final class HstoreCodec implements TypeCodec<Map<String, String>> {
    static final HstoreCodec INSTANCE = new HstoreCodec();

    private HstoreCodec() {
    }

    @Override
    public String sqlType() {
        return "hstore";
    }

    @Override
    public void validate(Map<String, String> value) {
        for (Map.Entry<String, String> entry : value.entrySet()) {
            if (entry.getKey() == null) {
                throw new ValidationException("hstore keys cannot be null; remove the null key from the map");
            }
            TextCheck.check(entry.getKey());
            if (entry.getValue() != null) {
                TextCheck.check(entry.getValue());
            }
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, Map<String, String> value) throws SQLException {
        statement.setObject(index, format(value), Types.OTHER);
    }

    @Override
    public Map<String, String> read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : parse(text);
    }

    @Override
    public String format(Map<String, String> value) {
        StringBuilder text = new StringBuilder(value.size() * 16);
        for (Map.Entry<String, String> entry : value.entrySet()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            appendQuoted(text, entry.getKey());
            text.append("=>");
            if (entry.getValue() == null) {
                text.append("NULL");
            } else {
                appendQuoted(text, entry.getValue());
            }
        }
        return text.toString();
    }

    private static void appendQuoted(StringBuilder text, String value) {
        text.append('"');
        for (int index = 0; index < value.length(); index++) {
            char current = value.charAt(index);
            if (current == '"' || current == '\\') {
                text.append('\\');
            }
            text.append(current);
        }
        text.append('"');
    }

    @Override
    public Map<String, String> parse(String text) {
        return new HstoreParser(text).parse();
    }

    /** Reads hstore output: quoted (or bare) keys, {@code =>}, quoted values or a bare NULL. */
    private static final class HstoreParser {
        private final String text;
        private int position;

        HstoreParser(String text) {
            this.text = text;
        }

        Map<String, String> parse() {
            Map<String, String> entries = new LinkedHashMap<>();
            skipSpaces();
            while (position < text.length()) {
                String key = token();
                if (key == null) {
                    throw malformed("a key cannot be NULL");
                }
                skipSpaces();
                if (!text.startsWith("=>", position)) {
                    throw malformed("expected '=>'");
                }
                position += 2;
                skipSpaces();
                entries.put(key, token());
                skipSpaces();
                if (position < text.length()) {
                    if (text.charAt(position) != ',') {
                        throw malformed("expected ','");
                    }
                    position++;
                    skipSpaces();
                }
            }
            return entries;
        }

        /** A quoted string, or a bare word (null for a bare NULL). */
        private String token() {
            if (position >= text.length()) {
                throw malformed("unexpected end");
            }
            StringBuilder token = new StringBuilder();
            if (text.charAt(position) == '"') {
                position++;
                while (position < text.length() && text.charAt(position) != '"') {
                    char current = text.charAt(position++);
                    token.append(current == '\\' && position < text.length() ? text.charAt(position++) : current);
                }
                if (position++ >= text.length()) {
                    throw malformed("unterminated quote");
                }
                return token.toString();
            }
            while (position < text.length() && !Character.isWhitespace(text.charAt(position))
                    && text.charAt(position) != ',' && !text.startsWith("=>", position)) {
                token.append(text.charAt(position++));
            }
            if (token.isEmpty()) {
                throw malformed("expected a quoted string or NULL");
            }
            return token.toString().equalsIgnoreCase("NULL") ? null : token.toString();
        }

        private void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        private ValidationException malformed(String problem) {
            return new ValidationException("malformed hstore text at position " + position + ": " + problem);
        }
    }
}
