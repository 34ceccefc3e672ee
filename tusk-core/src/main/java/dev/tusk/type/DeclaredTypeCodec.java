package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A built-in codec under the exact type name the field declares ({@code varchar(20)},
 * {@code numeric(10,2)}, {@code timestamp(3)}, {@code int4}): same binding and reading, only
 * {@link #sqlType()} reports the declared spelling, so DDL keeps the modifiers.
 *
 * @param <T> the Java type
 */
final class DeclaredTypeCodec<T> implements TypeCodec<T> {
    private final TypeCodec<T> delegate;
    private final String sqlType;

    DeclaredTypeCodec(TypeCodec<T> delegate, String sqlType) {
        this.delegate = delegate;
        this.sqlType = sqlType;
    }

    @Override
    public String sqlType() {
        return sqlType;
    }

    @Override
    public void validate(T value) {
        delegate.validate(value);
    }

    @Override
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
        delegate.bind(statement, index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        delegate.bindNull(statement, index);
    }

    @Override
    public T read(ResultSet rows, int column) throws SQLException {
        return delegate.read(rows, column);
    }

    @Override
    public String format(T value) {
        return delegate.format(value);
    }

    @Override
    public T parse(String text) {
        return delegate.parse(text);
    }
}
