package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * {@code uuid} to {@link UUID}. Bound with {@code setObject(uuid)} (the driver sends it typed as
 * uuid), read with {@code getObject(column, UUID.class)}.
 *
 * <p>Edge cases: the text form is the lower-case canonical form; every UUID version (and the nil
 * UUID) round-trips unchanged.
 */
final class UuidCodec implements TypeCodec<UUID> {
    static final UuidCodec INSTANCE = new UuidCodec();

    private UuidCodec() {
    }

    @Override
    public String sqlType() {
        return "uuid";
    }

    @Override
    public void bind(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setObject(index, value);
    }

    @Override
    public UUID read(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    @Override
    public String format(UUID value) {
        return value.toString();
    }

    @Override
    public UUID parse(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException malformed) {
            throw Unreadable.value(sqlType(), text, malformed);
        }
    }
}
