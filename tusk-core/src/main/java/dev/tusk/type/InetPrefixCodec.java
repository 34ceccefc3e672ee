package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code inet} or {@code cidr} to {@link Inet} (address and prefix length, lossless). Bound as
 * text ({@code 10.1.2.3/8}) with {@code Types.OTHER}, read with {@code getString}.
 *
 * <p>Edge cases: for {@code cidr}, {@link #validate} refuses a value with bits set right of the
 * prefix ({@code 10.1.2.3/8}), which the server would reject, and names the network to write
 * instead ({@code 10.0.0.0/8}). {@code inet} keeps such host bits. A host address reads with the
 * full prefix (/32, /128), as {@link Inet#of} makes it.
 */
final class InetPrefixCodec implements TypeCodec<Inet> {
    static final InetPrefixCodec INET = new InetPrefixCodec("inet");
    static final InetPrefixCodec CIDR = new InetPrefixCodec("cidr");

    private final String sqlType;

    private InetPrefixCodec(String sqlType) {
        this.sqlType = sqlType;
    }

    @Override
    public String sqlType() {
        return sqlType;
    }

    @Override
    public void validate(Inet value) {
        if (this == CIDR && !value.isNetwork()) {
            throw new ValidationException("cidr value " + format(value) + " has bits set right of its /"
                    + value.prefixLength() + " prefix; write the network " + format(value.network())
                    + " (Inet.network()), or use an inet column to keep the host address");
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, Inet value) throws SQLException {
        statement.setObject(index, format(value), Types.OTHER);
    }

    @Override
    public Inet read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : parse(text);
    }

    @Override
    public String format(Inet value) {
        return value.address().getHostAddress() + "/" + value.prefixLength();
    }

    @Override
    public Inet parse(String text) {
        return Inet.parse(text);
    }
}
