package dev.tusk.type;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The binary forms of the fixed-layout PostgreSQL types, one constant per type and Java class.
 * Numbers are big-endian; {@code real} and {@code double precision} are IEEE 754 bits, so NaN and
 * the infinities pass unchanged. Text is UTF-8 (pgjdbc fixes the client encoding to UTF8); a NUL
 * character or a lone surrogate has been refused before by the codec's validation.
 *
 * <p>Network types ({@code inet_send}): family (2 for IPv4, 3 for IPv6), prefix bits, a cidr flag,
 * the address length, the address bytes. {@code hstore}: the pair count, then per pair the key as
 * text and the value as text or -1 for NULL. pgvector's {@code vector}: the dimension count as 16
 * bits, 16 zero bits, then each element as a {@code real}.
 */
enum BinaryScalar implements BinaryEncoder<Object> {
    INT2("int2") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeInt(2);
            out.writeShort((Short) value);
        }
    },
    INT4("int4") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeIntField((Integer) value);
        }
    },
    INT8("int8") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeLongField((Long) value);
        }
    },
    FLOAT4("float4") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeIntField(Float.floatToIntBits((Float) value));
        }
    },
    FLOAT8("float8") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeLongField(Double.doubleToLongBits((Double) value));
        }
    },
    BOOL("bool") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeInt(1);
            out.writeByte((Boolean) value ? 1 : 0);
        }
    },
    NUMERIC("numeric") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            BinaryNumeric.write((java.math.BigDecimal) value, out);
        }
    },
    /**
     * Any text-like column takes these bytes: text, varchar, char, name, json, an enum (its label).
     * The text checks (no NUL, no lone surrogate) run while the string is encoded.
     */
    TEXT("text") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeCheckedTextField((String) value);
        }

        @Override
        boolean fits(ColumnType column) {
            return column.takesText();
        }
    },
    BYTEA("bytea") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            byte[] bytes = (byte[]) value;
            out.writeInt(bytes.length);
            out.writeBytes(bytes, 0, bytes.length);
        }
    },
    UUID_("uuid") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            UUID uuid = (UUID) value;
            out.writeInt(16);
            out.writeLong(uuid.getMostSignificantBits());
            out.writeLong(uuid.getLeastSignificantBits());
        }
    },
    INET("inet") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            Inet inet = (Inet) value;
            writeNetwork(inet.address(), inet.prefixLength(), false, out);
        }
    },
    INET_ADDRESS("inet") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            InetAddress address = (InetAddress) value;
            writeNetwork(address, Inet.maximumPrefix(address), false, out);
        }
    },
    CIDR("cidr") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            Inet inet = (Inet) value;
            writeNetwork(inet.address(), inet.prefixLength(), true, out);
        }
    },
    CIDR_ADDRESS("cidr") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            InetAddress address = (InetAddress) value;
            writeNetwork(address, Inet.maximumPrefix(address), true, out);
        }
    },
    MACADDR("macaddr") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            byte[] bytes = ((MacAddress) value).bytes();
            out.writeInt(bytes.length);
            out.writeBytes(bytes, 0, bytes.length);
        }
    },
    POINT("point") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            Point point = (Point) value;
            out.writeInt(16);
            out.writeLong(Double.doubleToLongBits(point.x()));
            out.writeLong(Double.doubleToLongBits(point.y()));
        }
    },
    HSTORE("hstore") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            Map<?, ?> pairs = (Map<?, ?>) value;
            int start = out.openField();
            out.writeInt(pairs.size());
            for (Map.Entry<?, ?> pair : pairs.entrySet()) {
                out.writeTextField((String) pair.getKey());
                if (pair.getValue() == null) {
                    out.writeInt(-1);
                } else {
                    out.writeTextField((String) pair.getValue());
                }
            }
            out.closeField(start);
        }
    },
    VECTOR("vector") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            float[] elements = (float[]) value;
            out.writeInt(4 + 4 * elements.length);
            out.writeShort(elements.length);
            out.writeShort(0);
            for (float element : elements) {
                out.writeInt(Float.floatToIntBits(element));
            }
        }
    };

    private static final int FAMILY_IPV4 = 2;
    private static final int FAMILY_IPV6 = 3;

    private final String typeName;

    BinaryScalar(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public Optional<BinaryEncoder<Object>> forColumn(ColumnType column) {
        return fits(column) ? Optional.of(this) : Optional.empty();
    }

    boolean fits(ColumnType column) {
        return !column.isArray() && column.name().equals(typeName);
    }

    private static void writeNetwork(InetAddress address, int bits, boolean cidr, BinaryBuffer out) throws SQLException {
        byte[] bytes = address.getAddress();
        out.writeInt(4 + bytes.length);
        out.writeByte(address instanceof Inet4Address ? FAMILY_IPV4 : FAMILY_IPV6);
        out.writeByte(bits);
        out.writeByte(cidr ? 1 : 0);
        out.writeByte(bytes.length);
        out.writeBytes(bytes, 0, bytes.length);
    }
}
