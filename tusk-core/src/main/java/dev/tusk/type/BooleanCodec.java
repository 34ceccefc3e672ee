package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code boolean} to {@code Boolean} and {@code boolean}. Bound with {@code setBoolean}, read with
 * {@code getBoolean}; the text form is PostgreSQL's {@code t}/{@code f} ({@code true}, {@code false},
 * {@code yes}, {@code no}, {@code on}, {@code off}, {@code 1}, {@code 0} are read too).
 *
 * <p>Edge cases: SQL NULL reads as null, also for a {@code boolean} field, where the mapping layer refuses it.
 */
final class BooleanCodec implements TypeCodec<Boolean> {
    static final BooleanCodec INSTANCE = new BooleanCodec();

    private BooleanCodec() {
    }

    @Override
    public String sqlType() {
        return "boolean";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Boolean value) throws SQLException {
        statement.setBoolean(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.BOOLEAN);
    }

    @Override
    public Boolean read(ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public String format(Boolean value) {
        return value ? "t" : "f";
    }

    @Override
    public Boolean parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "t", "true", "yes", "on", "1" -> Boolean.TRUE;
            case "f", "false", "no", "off", "0" -> Boolean.FALSE;
            default -> throw Unreadable.value(sqlType(), text, null);
        };
    }
}
