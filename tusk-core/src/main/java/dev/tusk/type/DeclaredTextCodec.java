package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A {@link String} holding the text form of a type Tusk has no codec for, named explicitly with
 * {@code @Column(type = "xml")} (or {@code citext}, {@code ltree}, a domain...). Bound untyped
 * ({@code Types.OTHER}) so the server parses the text as the column's type; read with
 * {@code getString}.
 *
 * <p>Edge cases: the server may normalize the text (reading back need not equal what was written);
 * invalid text for the type is the server's error. NUL characters and lone surrogates are refused
 * before SQL, as for text.
 */
final class DeclaredTextCodec implements TypeCodec<String> {
    private final String sqlType;

    DeclaredTextCodec(String sqlType) {
        this.sqlType = sqlType;
    }

    @Override
    public String sqlType() {
        return sqlType;
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
