package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code inet} (or a single-host {@code cidr}) to {@link InetAddress}. Bound as the numeric address
 * text with {@code Types.OTHER}, read with {@code getString} and parsed without any DNS lookup.
 *
 * <p>Edge cases: an {@code inet} value with a network prefix ({@code 10.0.0.5/8}) cannot be held by
 * an InetAddress; reading one throws {@link ValidationException} telling to map the column to
 * {@link Inet}. Host addresses ({@code /32}, {@code /128}) read fine. An IPv6 scope id
 * ({@code %eth0}) is refused by {@link #validate}. Java turns {@code ::ffff:1.2.3.4} into the IPv4
 * address {@code 1.2.3.4}.
 */
final class InetCodec implements TypeCodec<InetAddress> {
    static final InetCodec INET = new InetCodec("inet");
    static final InetCodec CIDR = new InetCodec("cidr");

    private final String sqlType;

    private InetCodec(String sqlType) {
        this.sqlType = sqlType;
    }

    @Override
    public String sqlType() {
        return sqlType;
    }

    @Override
    public void validate(InetAddress value) {
        Inet.of(value);
    }

    @Override
    public void bind(PreparedStatement statement, int index, InetAddress value) throws SQLException {
        statement.setObject(index, format(value), Types.OTHER);
    }

    @Override
    public InetAddress read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : parse(text);
    }

    @Override
    public String format(InetAddress value) {
        return value.getHostAddress();
    }

    @Override
    public InetAddress parse(String text) {
        Inet inet = Inet.parse(text);
        if (!inet.isHost()) {
            throw new ValidationException("the " + sqlType + " value " + text + " has a network prefix, which"
                    + " java.net.InetAddress cannot hold; map the field to dev.tusk.type.Inet");
        }
        return inet.address();
    }
}
