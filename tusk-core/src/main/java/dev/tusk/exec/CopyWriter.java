package dev.tusk.exec;

import dev.tusk.exception.QueryTimeoutException;
import dev.tusk.exception.ValidationException;
import dev.tusk.type.BinaryBuffer;
import dev.tusk.type.BinaryEncoder;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a running {@code COPY ... FROM STDIN (FORMAT binary)}: the 19-byte header, per
 * row the field count and each field (its length, -1 for NULL, then its bytes in the type's binary
 * form), then the -1 trailer. Rows are encoded into one {@link BinaryBuffer} of {@value #BUFFER_BYTES}
 * bytes that goes to pgjdbc's {@link CopyIn} each time it fills, so memory stays constant whatever
 * the row count.
 *
 * <pre>{@code
 * try (CopyWriter writer = CopyWriter.open(connection, sql, "Item", slots, encoders, names)) {
 *     while (rows.hasNext()) {
 *         writer.row(valuesOf(rows.next()));
 *     }
 *     return writer.finish();      // the server's row count
 * }                                // not finished: the COPY is cancelled, nothing is written
 * }</pre>
 */
public final class CopyWriter implements AutoCloseable {
    static final int BUFFER_BYTES = 64 * 1024;
    /** {@code PGCOPY\n\377\r\n\0}, then 32-bit flags (0: no OIDs) and a 32-bit header extension length (0). */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};

    private final CopyIn copyIn;
    private final BinaryBuffer buffer;
    private final int[] slots;
    private final BinaryEncoder<Object>[] encoders;
    private final String entity;
    private final String[] names;
    private final Cancellation cancellation = Cancellation.current();
    private long rowIndex;
    private boolean finished;

    private CopyWriter(CopyIn copyIn, String entity, int[] slots, BinaryEncoder<Object>[] encoders, String[] names) {
        this.copyIn = copyIn;
        this.entity = entity;
        this.buffer = new BinaryBuffer(copyIn::writeToCopy, BUFFER_BYTES);
        this.slots = slots;
        this.encoders = encoders;
        this.names = names;
    }

    /**
     * Starts the COPY on {@code connection} and writes the header.
     *
     * @param sql      a {@code COPY ... FROM STDIN (FORMAT binary)} statement
     * @param entity   the entity's simple name, for messages
     * @param slots    per COPY column, the index of its value in the value arrays given to {@link #row}
     * @param encoders per COPY column, its encoder, fitted to the column
     * @param names    per COPY column, the field name, for messages
     */
    public static CopyWriter open(Connection connection, String sql, String entity, int[] slots,
                                  BinaryEncoder<Object>[] encoders, String[] names) throws SQLException {
        CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        CopyWriter writer = new CopyWriter(copyIn, entity, slots, encoders, names);
        try {
            writer.buffer.writeBytes(HEADER, 0, HEADER.length);
        } catch (SQLException | RuntimeException failure) {
            writer.close();
            throw failure;
        }
        return writer;
    }

    /**
     * Encodes one row. A value the encoder refuses (a date beyond 64-bit microseconds, a numeric
     * beyond PostgreSQL's range, text holding NUL) throws {@link ValidationException} naming the row
     * and field, worded as the row checks word it; the caller then closes this writer, which cancels the COPY.
     * In an async task that was cancelled it throws {@link QueryTimeoutException} instead, with the same effect.
     */
    public void row(Object[] values) throws SQLException {
        if (cancellation != null && cancellation.isCancelled()) {
            throw new QueryTimeoutException("COPY of " + entity + " stopped at row " + rowIndex
                    + ": the async task it belongs to was cancelled; no row was stored");
        }
        BinaryBuffer out = buffer;
        out.writeShort(slots.length);
        for (int column = 0; column < slots.length; column++) {
            Object value = values[slots[column]];
            if (value == null) {
                out.writeInt(-1);
                continue;
            }
            try {
                encoders[column].write(value, out);
            } catch (ValidationException refused) {
                throw new ValidationException("row " + rowIndex + ": " + entity + " is not valid: " + names[column]
                        + ": " + refused.reason(), refused);
            }
        }
        rowIndex++;
    }

    /** Writes the trailer, ends the COPY and returns the number of rows the server stored. */
    public long finish() throws SQLException {
        buffer.writeShort(-1);
        buffer.flush();
        finished = true;
        return copyIn.endCopy();
    }

    /** Cancels the COPY unless it was finished: the server then stores none of its rows. */
    @Override
    public void close() throws SQLException {
        if (!finished && copyIn.isActive()) {
            copyIn.cancelCopy();
        }
    }
}
