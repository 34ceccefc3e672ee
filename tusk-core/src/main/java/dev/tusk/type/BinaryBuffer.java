package dev.tusk.type;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.sql.SQLException;

/**
 * A reusable byte buffer that {@link BinaryEncoder}s write PostgreSQL's binary format into
 * (big-endian, as the wire wants it), handed to a {@link Sink} each time it fills. It is bounded:
 * it never holds more than its capacity, except while one value whose length is only known after
 * its bytes are written (an array or an hstore, see {@link #openField}) does not fit; the next
 * flush shrinks it back. Text is encoded straight into it, chunk by chunk, so memory stays constant
 * however many rows, and however long their strings, pass through.
 *
 * <p>Not thread-safe: one buffer per COPY stream.
 */
public final class BinaryBuffer {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** The most UTF-8 bytes one UTF-16 char can need (a surrogate pair needs 4 for 2 chars). */
    private static final int MAX_BYTES_PER_CHAR = 3;

    /** Where full buffers go: the {@code CopyIn} of a COPY stream. */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    private final Sink sink;
    private final int capacity;
    private byte[] bytes;
    /** The chars of the string being encoded, copied out in bulk (an intrinsic) rather than read one by one. */
    private char[] chars = new char[256];
    private int position;
    /** How many fields are open; while any is, the buffer grows instead of flushing (its length is patched later). */
    private int openFields;

    /** @param capacity the bytes held before a flush; at least 64 */
    public BinaryBuffer(Sink sink, int capacity) {
        if (capacity < 64) {
            throw new IllegalArgumentException("capacity must be at least 64 bytes, not " + capacity);
        }
        this.sink = sink;
        this.capacity = capacity;
        this.bytes = new byte[capacity];
    }

    public void writeByte(int value) throws SQLException {
        ensure(1);
        bytes[position++] = (byte) value;
    }

    public void writeShort(int value) throws SQLException {
        ensure(2);
        SHORT.set(bytes, position, (short) value);
        position += 2;
    }

    public void writeInt(int value) throws SQLException {
        ensure(4);
        INT.set(bytes, position, value);
        position += 4;
    }

    public void writeLong(long value) throws SQLException {
        ensure(8);
        LONG.set(bytes, position, value);
        position += 8;
    }

    /** A field of fixed length: the 32-bit length 4, then the value. */
    public void writeIntField(int value) throws SQLException {
        ensure(8);
        INT.set(bytes, position, 4);
        INT.set(bytes, position + 4, value);
        position += 8;
    }

    /** A field of fixed length: the 32-bit length 8, then the value. */
    public void writeLongField(long value) throws SQLException {
        ensure(12);
        INT.set(bytes, position, 8);
        LONG.set(bytes, position + 4, value);
        position += 12;
    }

    public void writeBytes(byte[] value, int offset, int length) throws SQLException {
        if (openFields == 0 && length > capacity) {
            flush();
            sink.write(value, offset, length);
            return;
        }
        ensure(length);
        System.arraycopy(value, offset, bytes, position, length);
        position += length;
    }

    /** A field holding the UTF-8 bytes of {@code text}: its byte length, then the bytes. */
    public void writeTextField(String text) throws SQLException {
        writeTextField(text, false);
    }

    /**
     * A field holding the UTF-8 bytes of {@code text}, checked in the same pass as it is encoded:
     * the checks of {@link TextCodec#validate} (no NUL, no lone surrogate), so the value needs no
     * separate scan before it is written.
     *
     * @throws dev.tusk.exception.ValidationException naming the offending character and its index
     */
    public void writeCheckedTextField(String text) throws SQLException {
        writeTextField(text, true);
    }

    private void writeTextField(String text, boolean check) throws SQLException {
        int length = text.length();
        if (length <= (bytes.length - position - 4) / MAX_BYTES_PER_CHAR) {
            int start = position;
            position += 4;
            encode(text, 0, length, check);
            INT.set(bytes, start, position - start - 4);
            return;
        }
        if (check) {
            TextCheck.check(text);
        }
        writeInt(utf8Length(text));
        writeUtf8(text);
    }

    /** How many bytes {@link #writeUtf8} writes for {@code text}. */
    public static int utf8Length(String text) {
        int length = text.length();
        long bytes = length;
        for (int index = 0; index < length; index++) {
            char current = text.charAt(index);
            if (current >= 0x80) {
                if (current < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(current) && index + 1 < length
                        && Character.isLowSurrogate(text.charAt(index + 1))) {
                    bytes += 2; // four bytes for two chars
                    index++;
                } else {
                    bytes += 2;
                }
            }
        }
        if (bytes > Integer.MAX_VALUE) {
            throw new dev.tusk.exception.ValidationException("a text value of " + bytes + " UTF-8 bytes is too long;"
                    + " PostgreSQL fields hold at most 1 GB");
        }
        return (int) bytes;
    }

    /** The UTF-8 bytes of {@code text}, no length. A lone surrogate is sent as is: the server refuses it. */
    public void writeUtf8(String text) throws SQLException {
        int length = text.length();
        int index = 0;
        while (index < length) {
            ensure(2 * MAX_BYTES_PER_CHAR);
            int end = Math.min(length, index + (bytes.length - position) / MAX_BYTES_PER_CHAR);
            if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // keep a surrogate pair within one chunk
            }
            encode(text, index, end, false);
            index = end;
        }
    }

    /**
     * Encodes chars {@code [from, to)}; the caller made room for 3 bytes per char. With
     * {@code check}, a NUL or a lone surrogate is refused as {@link TextCheck} refuses it.
     */
    private void encode(String text, int from, int to, boolean check) {
        int count = to - from;
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        char[] source = chars;
        text.getChars(from, to, source, 0);
        byte[] target = bytes;
        int at = position;
        int index = 0;
        // the common case first: a run of ASCII, one byte per char
        while (index < count) {
            char current = source[index];
            if (current >= 0x80 || current == 0) {
                break;
            }
            target[at++] = (byte) current;
            index++;
        }
        if (index < count) {
            at = encodeRest(source, index, count, from, target, at, check);
        }
        position = at;
    }

    /** Encodes {@code source[index, count)} from its first non-ASCII char or NUL; returns the new write position. */
    private static int encodeRest(char[] source, int start, int count, int offset, byte[] target, int position,
                                  boolean check) {
        int at = position;
        for (int index = start; index < count; index++) {
            char current = source[index];
            if (current < 0x80) {
                if (current == 0 && check) {
                    throw TextCheck.nul(offset + index);
                }
                target[at++] = (byte) current;
            } else if (current < 0x800) {
                target[at++] = (byte) (0xC0 | current >> 6);
                target[at++] = (byte) (0x80 | current & 0x3F);
            } else if (Character.isHighSurrogate(current) && index + 1 < count
                    && Character.isLowSurrogate(source[index + 1])) {
                int codePoint = Character.toCodePoint(current, source[++index]);
                target[at++] = (byte) (0xF0 | codePoint >> 18);
                target[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                target[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                target[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                if (check && Character.isSurrogate(current)) {
                    throw TextCheck.loneSurrogate(current, offset + index);
                }
                target[at++] = (byte) (0xE0 | current >> 12);
                target[at++] = (byte) (0x80 | current >> 6 & 0x3F);
                target[at++] = (byte) (0x80 | current & 0x3F);
            }
        }
        return at;
    }

    /**
     * Starts a field whose length is only known after its bytes are written: reserves the 32-bit
     * length and keeps the field in the buffer (growing it if needed) until {@link #closeField}.
     *
     * @return where the field starts, for {@link #closeField} and {@link #patchInt}
     */
    public int openField() throws SQLException {
        ensure(4);
        int start = position;
        position += 4;
        openFields++;
        return start;
    }

    /** Ends the field begun at {@code start}: writes its length. */
    public void closeField(int start) {
        INT.set(bytes, start, position - start - 4);
        openFields--;
    }

    /** The current write position, for {@link #patchInt} within an open field. */
    public int position() {
        return position;
    }

    /** Overwrites 4 bytes at {@code at}, which must lie within an open field. */
    public void patchInt(int at, int value) {
        INT.set(bytes, at, value);
    }

    /** Hands everything buffered to the sink and shrinks back to the capacity. */
    public void flush() throws SQLException {
        if (position > 0) {
            sink.write(bytes, 0, position);
            position = 0;
        }
        if (bytes.length > capacity) {
            bytes = new byte[capacity];
        }
    }

    private void ensure(int needed) throws SQLException {
        if (position + needed <= bytes.length) {
            return;
        }
        if (openFields == 0) {
            flush();
            if (needed <= bytes.length) {
                return;
            }
        }
        long wanted = Math.max((long) bytes.length * 2, (long) position + needed);
        if (wanted > Integer.MAX_VALUE - 16) {
            throw new dev.tusk.exception.ValidationException("a single COPY value needs more than 2 GB; PostgreSQL"
                    + " fields hold at most 1 GB");
        }
        bytes = java.util.Arrays.copyOf(bytes, (int) wanted);
    }
}
