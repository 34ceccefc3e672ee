package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A PostgreSQL {@code macaddr}: six bytes, text form {@code 08:00:2b:01:02:03}. The bytes are copied
 * in and out, so the record is immutable and compares by value.
 *
 * @param bytes the six address bytes
 */
public record MacAddress(byte[] bytes) {
    private static final HexFormat COLONS = HexFormat.ofDelimiter(":");

    public MacAddress {
        if (bytes == null || bytes.length != 6) {
            throw new ValidationException("a MAC address has 6 bytes, got "
                    + (bytes == null ? "null" : bytes.length) + "; macaddr8 (8 bytes) is not supported");
        }
        bytes = bytes.clone();
    }

    /**
     * Reads the forms PostgreSQL accepts: {@code 08:00:2b:01:02:03}, {@code 08-00-2b-01-02-03},
     * {@code 08002b:010203}, {@code 08002b-010203}, {@code 0800.2b01.0203}, {@code 0800-2b01-0203},
     * {@code 08002b010203}; hex digits in either case.
     */
    public static MacAddress parse(String text) {
        String digits = text.trim().replaceAll("[:.-]", "");
        if (digits.length() != 12 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new ValidationException("'" + text + "' is not a MAC address; write six hex bytes such as"
                    + " 08:00:2b:01:02:03");
        }
        return new MacAddress(HexFormat.of().parseHex(digits));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MacAddress mac && Arrays.equals(bytes, mac.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** PostgreSQL's text form: lower-case hex pairs joined by colons. */
    @Override
    public String toString() {
        return COLONS.formatHex(bytes);
    }
}
