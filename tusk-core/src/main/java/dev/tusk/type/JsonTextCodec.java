package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code json} or {@code jsonb} to a {@link String} holding the JSON document itself, for a String
 * field declared {@code @Column(type = "jsonb")} without {@code @Json}, and for json result columns
 * when Jackson is absent. No Jackson needed; bound with {@code Types.OTHER} so the server parses
 * the JSON, read with {@code getString}.
 *
 * <p>Edge cases: for jsonb, {@link #validate} refuses the escape <code>&#92;u0000</code>, which jsonb cannot
 * store (the server would fail with "unsupported Unicode escape sequence"); json keeps its text as
 * given and accepts it. A NUL character or a lone surrogate in the text is refused as for text.
 * Invalid JSON is the server's error. jsonb reads back normalized (key order, spacing, duplicate
 * keys dropped); json reads back exactly as written.
 */
final class JsonTextCodec implements TypeCodec<String> {
    static final JsonTextCodec JSON = new JsonTextCodec("json");
    static final JsonTextCodec JSONB = new JsonTextCodec("jsonb");

    private final String sqlType;

    private JsonTextCodec(String sqlType) {
        this.sqlType = sqlType;
    }

    @Override
    public String sqlType() {
        return sqlType;
    }

    @Override
    public void validate(String value) {
        checkJson(value, sqlType.equals("jsonb"));
    }

    /** The checks for JSON text bound as json or jsonb: storable text, and for jsonb no <code>&#92;u0000</code> escape. */
    static void checkJson(String json, boolean jsonb) {
        TextCheck.check(json);
        if (!jsonb) {
            return;
        }
        for (int index = 0; index < json.length() - 1; index++) {
            if (json.charAt(index) != '\\') {
                continue;
            }
            if (json.startsWith("u0000", index + 1)) {
                throw new ValidationException("the JSON contains the escape \\u0000 (a NUL character) at index " + index
                        + ", which jsonb cannot store; remove NUL characters from the strings, or use a json column");
            }
            index++;
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    @Override
    public String read(ResultSet rows, int column) throws SQLException {
        return rows.getString(column);
    }

    @Override
    public String format(String value) {
        return value;
    }

    @Override
    public String parse(String text) {
        return text;
    }
}
