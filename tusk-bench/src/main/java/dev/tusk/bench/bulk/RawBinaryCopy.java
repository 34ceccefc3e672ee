package dev.tusk.bench.bulk;

import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.ItemTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.copy.CopyIn;

/**
 * What a careful developer writes by hand to load items with pgjdbc: PostgreSQL's binary COPY
 * format encoded into a 64 KB buffer that is handed to {@link CopyIn#writeToCopy} whenever it fills.
 * This is the raw side of the COPY workload, so it must stay free of Tusk code.
 *
 * <p>Per row: a 16-bit field count, then per field a 32-bit length ({@code -1} for NULL) and the
 * value in the type's binary send format (text: UTF-8; int4; numeric: base-10000 digits with
 * weight, sign and display scale; timestamptz: microseconds since 2000-01-01 UTC; bool: one byte).
 */
final class RawBinaryCopy {
    static final String SQL = "COPY tusk_bench.item (" + ItemTable.COLUMNS + ") FROM STDIN (FORMAT binary)";

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final short FIELDS = 7;
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final short NUMERIC_POSITIVE = 0x0000;
    private static final short NUMERIC_NEGATIVE = 0x4000;
    private static final int BUFFER_SIZE = 64 * 1024;
    /** Largest row part written without a capacity check: every fixed-size field of a row together. */
    private static final int FIXED_ROOM = 128;

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;

    private RawBinaryCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Writes header, rows and trailer to a started {@code COPY ... FROM STDIN (FORMAT binary)}; the caller ends it. */
    static void write(CopyIn copy, List<Item> items) throws SQLException {
        RawBinaryCopy writer = new RawBinaryCopy(copy);
        writer.header();
        for (Item item : items) {
            writer.row(item);
        }
        writer.ensure(2);
        writer.putShort((short) -1);
        writer.flush();
    }

    private void header() throws SQLException {
        ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, buffer, position, SIGNATURE.length);
        position += SIGNATURE.length;
        putInt(0); // flags: no OIDs
        putInt(0); // header extension length
    }

    private void row(Item item) throws SQLException {
        ensure(2);
        putShort(FIELDS);
        text(item.sku());
        text(item.name());
        text(item.description());
        ensure(FIXED_ROOM);
        putInt(4);
        putInt(item.quantity());
        numeric(item.price());
        timestamptz(item.createdAt());
        putInt(1);
        buffer[position++] = (byte) (item.active() ? 1 : 0);
    }

    private void text(String value) throws SQLException {
        if (value == null) {
            ensure(4);
            putInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(4 + bytes.length);
        putInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void timestamptz(OffsetDateTime value) {
        long micros = Math.addExact(Math.multiplyExact(value.toEpochSecond(), 1_000_000L), value.getNano() / 1_000);
        putInt(8);
        putLong(micros - POSTGRES_EPOCH_MICROS);
    }

    /** numeric(12, 2) values: the unscaled value fits a long, so base-10000 digits come from long division. */
    private void numeric(BigDecimal value) {
        int scale = value.scale();
        BigInteger unscaled = value.unscaledValue();
        if (scale < 0 || unscaled.bitLength() > 48) {
            throw new IllegalArgumentException("this hand-written encoder handles numeric(12, 2) values only, got " + value);
        }
        long magnitude = Math.abs(unscaled.longValue());
        int padding = (4 - scale % 4) % 4; // align the decimal point to a base-10000 digit boundary
        for (int step = 0; step < padding; step++) {
            magnitude *= 10;
        }
        int fractionDigits = (scale + padding) / 4;
        short[] digits = new short[6];
        int count = 0;
        while (magnitude != 0) {
            digits[count++] = (short) (magnitude % 10_000);
            magnitude /= 10_000;
        }
        int weight = count - fractionDigits - 1;
        int lowest = 0;
        while (lowest < count && digits[lowest] == 0) { // trailing zero digits are not sent
            lowest++;
        }
        int sent = count - lowest;
        putInt(8 + 2 * sent);
        putShort((short) sent);
        putShort((short) (sent == 0 ? 0 : weight));
        putShort(value.signum() < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
        putShort((short) scale);
        for (int index = count - 1; index >= lowest; index--) {
            putShort(digits[index]);
        }
    }

    private void ensure(int bytes) throws SQLException {
        if (position + bytes > buffer.length) {
            flush();
            if (bytes > buffer.length) {
                throw new IllegalArgumentException("a field of " + bytes + " bytes does not fit the copy buffer");
            }
        }
    }

    private void flush() throws SQLException {
        if (position > 0) {
            copy.writeToCopy(buffer, 0, position);
            position = 0;
        }
    }

    private void putShort(short value) {
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void putInt(int value) {
        buffer[position++] = (byte) (value >>> 24);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }
}
