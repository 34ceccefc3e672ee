package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Numeric IP address text without name resolution: {@link InetAddress#getByName} would start a DNS
 * lookup for anything that is not a literal, so the text is checked to be a literal first.
 */
final class InetText {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private InetText() {
    }

    static InetAddress parseAddress(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            throw notAnAddress(text, null);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException | IllegalArgumentException invalid) {
            throw notAnAddress(text, invalid);
        }
    }

    static InetAddress fromBytes(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException impossible) {
            throw new IllegalArgumentException("an address must be 4 or 16 bytes", impossible);
        }
    }

    private static ValidationException notAnAddress(String text, Exception cause) {
        return new ValidationException("'" + text + "' is not a numeric IPv4 or IPv6 address"
                + " (host names are not resolved)", cause);
    }
}
