package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Converts one Java type to and from one PostgreSQL type. A codec is a pure two-way conversion
 * ({@link #format}/{@link #parse}, PostgreSQL's text form, used inside arrays) plus a thin JDBC
 * binder ({@link #bind}/{@link #read}). One class per PostgreSQL type; its Javadoc states the edge
 * cases. Codecs are immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public interface TypeCodec<T> {

    /** The PostgreSQL type name as written in SQL ({@code bigint}, {@code jsonb}, {@code text[]}). */
    String sqlType();

    /**
     * Checks a value before any SQL is sent (text with a NUL byte, a lone surrogate, a NaN numeric...).
     * Throws {@link dev.tusk.exception.ValidationException} with a message that says what is wrong;
     * the caller adds which column. Never called with null.
     */
    default void validate(T value) {
    }

    /** Binds a non-null value; {@link #validate} has already passed. */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /** Binds SQL NULL. The default leaves the type to the server. */
    default void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.OTHER);
    }

    /** Reads a column; returns null for SQL NULL. */
    T read(ResultSet rows, int column) throws SQLException;

    /** The PostgreSQL text form of a non-null value, as an array element or COPY field would hold it. */
    String format(T value);

    /** The value of PostgreSQL's text form; the inverse of {@link #format}. */
    T parse(String text);
}
