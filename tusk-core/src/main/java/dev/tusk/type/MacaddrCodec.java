package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code macaddr} to {@link MacAddress}. Bound as {@code 08:00:2b:01:02:03} with
 * {@code Types.OTHER}, read with {@code getString}.
 *
 * <p>Edge cases: the 8-byte {@code macaddr8} type is not mapped (a six-byte MacAddress cannot hold
 * it); the server writes lower-case hex, {@link MacAddress#parse} reads any case and every
 * separator style PostgreSQL accepts.
 */
final class MacaddrCodec implements TypeCodec<MacAddress> {
    static final MacaddrCodec INSTANCE = new MacaddrCodec();

    private MacaddrCodec() {
    }

    @Override
    public String sqlType() {
        return "macaddr";
    }

    @Override
    public void bind(PreparedStatement statement, int index, MacAddress value) throws SQLException {
        statement.setObject(index, value.toString(), Types.OTHER);
    }

    @Override
    public MacAddress read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : MacAddress.parse(text);
    }

    @Override
    public String format(MacAddress value) {
        return value.toString();
    }

    @Override
    public MacAddress parse(String text) {
        return MacAddress.parse(text);
    }
}
