package dev.tusk.type;

import java.io.ByteArrayOutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;

/**
 * {@code bytea} to {@code byte[]}. Bound with {@code setBytes}, read with {@code getBytes}.
 *
 * <p>Edge cases: an empty array is an empty bytea, not NULL. The text form (inside arrays) is the
 * hex form {@code \x0a0b}; {@link #parse} also reads the legacy escape form ({@code bytea_output =
 * escape}). NUL bytes are fine: bytea is the place for binary data that text refuses.
 */
final class ByteaCodec implements TypeCodec<byte[]> {
    static final ByteaCodec INSTANCE = new ByteaCodec();

    private ByteaCodec() {
    }

    @Override
    public String sqlType() {
        return "bytea";
    }

    @Override
    public void bind(PreparedStatement statement, int index, byte[] value) throws SQLException {
        statement.setBytes(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.BINARY);
    }

    @Override
    public byte[] read(ResultSet rows, int column) throws SQLException {
        return rows.getBytes(column);
    }

    @Override
    public String format(byte[] value) {
        return "\\x" + HexFormat.of().formatHex(value);
    }

    @Override
    public byte[] parse(String text) {
        try {
            return text.startsWith("\\x") ? HexFormat.of().parseHex(text, 2, text.length()) : parseEscaped(text);
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            throw Unreadable.value(sqlType(), text, malformed);
        }
    }

    private static byte[] parseEscaped(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            if (current != '\\') {
                bytes.write(current);
            } else if (text.charAt(index + 1) == '\\') {
                bytes.write('\\');
                index++;
            } else {
                bytes.write(Integer.parseInt(text.substring(index + 1, index + 4), 8));
                index += 3;
            }
        }
        return bytes.toByteArray();
    }
}
