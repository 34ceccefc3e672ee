package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * An address with its network prefix length, as PostgreSQL's {@code inet} ({@code 192.168.0.5/24})
 * and {@code cidr} ({@code 192.168.0.0/24}) hold it. A plain {@link InetAddress} has no prefix, so
 * this record is the lossless mapping for both types; a {@code cidr} additionally requires the bits
 * right of the prefix to be zero ({@link #isNetwork()}).
 *
 * <p>Edge cases: an IPv6 address with a scope id ({@code fe80::1%eth0}) is refused, PostgreSQL has
 * no scope ids; Java turns the IPv4-mapped IPv6 form {@code ::ffff:1.2.3.4} into the IPv4 address
 * {@code 1.2.3.4}, so such a value comes back as IPv4.
 *
 * @param address      the address, IPv4 or IPv6
 * @param prefixLength the network prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6
 */
public record Inet(InetAddress address, int prefixLength) {

    public Inet {
        Objects.requireNonNull(address, "address");
        if (address instanceof Inet6Address v6 && (v6.getScopeId() != 0 || v6.getScopedInterface() != null)) {
            throw new ValidationException("the IPv6 address " + address.getHostAddress() + " has a scope id,"
                    + " which PostgreSQL inet cannot store; drop the %scope part");
        }
        int maximum = maximumPrefix(address);
        if (prefixLength < 0 || prefixLength > maximum) {
            throw new ValidationException("prefix length /" + prefixLength + " is out of range for "
                    + address.getHostAddress() + "; use 0 to " + maximum);
        }
    }

    /** The address as a single host: the prefix covers every bit (/32 or /128). */
    public static Inet of(InetAddress address) {
        return new Inet(address, maximumPrefix(address));
    }

    /** Reads {@code address} or {@code address/prefix}, numeric only (never a DNS lookup). */
    public static Inet parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        InetAddress address = InetText.parseAddress(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (slash < 0) {
            return of(address);
        }
        try {
            return new Inet(address, Integer.parseInt(trimmed.substring(slash + 1)));
        } catch (NumberFormatException notANumber) {
            throw new ValidationException("'" + text + "' has no numeric prefix length after '/'", notANumber);
        }
    }

    /** Whether the prefix covers the whole address (a single host). */
    public boolean isHost() {
        return prefixLength == maximumPrefix(address);
    }

    /** Whether every bit right of the prefix is zero, as {@code cidr} requires. */
    public boolean isNetwork() {
        return equals(network());
    }

    /** The network this address is in: the bits right of the prefix cleared. */
    public Inet network() {
        byte[] bytes = address.getAddress();
        for (int bit = prefixLength; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new Inet(InetText.fromBytes(bytes), prefixLength);
    }

    /** PostgreSQL's {@code inet} text form: {@code 10.0.0.1/8}, or the bare address for a single host. */
    @Override
    public String toString() {
        return isHost() ? address.getHostAddress() : address.getHostAddress() + "/" + prefixLength;
    }

    static int maximumPrefix(InetAddress address) {
        return address instanceof Inet4Address ? 32 : 128;
    }
}
