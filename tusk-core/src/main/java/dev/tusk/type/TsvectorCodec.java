package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code tsvector} to {@link String}, only for a field declared {@code @Column(type = "tsvector")}
 * (a plain String maps to text). The string is tsvector's text form ({@code 'cat':2 'fat':1});
 * it is bound untyped ({@code Types.OTHER}) so the server parses it as a tsvector.
 *
 * <p>Edge cases: the server normalizes the value: lexemes are sorted and duplicates merged, so
 * {@code "b a a"} reads back as {@code "'a' 'b'"}; to index words rather than store lexemes, bind
 * the text through {@code to_tsvector(...)} in SQL. NUL characters and lone surrogates are refused
 * as for text.
 */
final class TsvectorCodec implements TypeCodec<String> {
    static final TsvectorCodec INSTANCE = new TsvectorCodec();

    private TsvectorCodec() {
    }

    @Override
    public String sqlType() {
        return "tsvector";
    }

    @Override
    public void validate(String value) {
        TextCheck.check(value);
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
