package dev.tusk.type;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Writes non-null values of one Java type as one PostgreSQL type's binary form (its {@code send}
 * format, which the type's {@code receive} function reads), as binary {@code COPY} and array
 * elements carry them: a 32-bit length, then the bytes. The writer handles NULL (length -1).
 * Made by {@link BinaryEncoders#of}; implementations are immutable and thread-safe. The value has
 * passed its codec's {@link TypeCodec#validate} first, unless the encoder makes those checks itself
 * ({@link BinaryEncoders#checksWhileWriting}).
 *
 * @param <T> the Java type
 */
public interface BinaryEncoder<T> {

    /** Writes {@code value} as one field: its 32-bit length, then its bytes. */
    void write(T value, BinaryBuffer out) throws SQLException;

    /** The PostgreSQL type whose binary form this writes ({@code int4}, {@code text}, {@code numeric[]}), for messages. */
    String typeName();

    /**
     * This encoder for a column of the table's actual type: itself when the server reads these
     * bytes for that type, one fitted to it (an array takes the column's element type OID), or
     * empty when the bytes would not fit (an {@code int4} into a {@code bigint} column).
     */
    Optional<BinaryEncoder<T>> forColumn(ColumnType column);
}
