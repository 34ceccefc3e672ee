package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code text} (and {@code varchar(n)}, {@code char(n)}) to {@link String}. Bound with
 * {@code setString}, read with {@code getString}.
 *
 * <p>Edge cases: {@link #validate} refuses a NUL character (U+0000), which PostgreSQL text
 * cannot store, and a lone UTF-16 surrogate, which has no UTF-8 form (the driver would silently send
 * {@code ?}); both name the index. A {@code char(n)} column pads with spaces, so {@code "ab"} reads
 * back from {@code char(4)} as {@code "ab  "}. Lengths beyond {@code varchar(n)} are the mapping
 * layer's check ({@code @Column(length)}) or the server's error.
 */
final class TextCodec implements TypeCodec<String> {
    static final TextCodec INSTANCE = new TextCodec();

    private TextCodec() {
    }

    @Override
    public String sqlType() {
        return "text";
    }

    @Override
    public void validate(String value) {
        TextCheck.check(value);
    }

    @Override
    public void bind(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.VARCHAR);
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
