package dev.tusk.type;

import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a value through a codec into a fresh temporary table column of a given PostgreSQL type and
 * reads it back through the same codec: validate, bind (or bindNull), insert, select, read.
 */
final class RoundTrip {
    static final CodecRegistry REGISTRY = CodecRegistry.defaults();
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final Connection connection;

    RoundTrip(Connection connection) {
        this.connection = connection;
    }

    @SuppressWarnings("unchecked")
    static <T> TypeCodec<T> codec(TypeUsage usage) {
        return (TypeCodec<T>) REGISTRY.find(usage).orElseThrow(() -> new AssertionError("no codec for " + usage));
    }

    static <T> TypeCodec<T> codec(Type javaType) {
        return codec(TypeUsage.of(javaType));
    }

    static <T> TypeCodec<T> codec(Type javaType, String declaredSqlType) {
        return codec(new TypeUsage(javaType, declaredSqlType, false, null, 0));
    }

    /** The value after a trip through a column of {@code columnType}; null writes SQL NULL. */
    <T> T through(String columnType, TypeCodec<T> codec, T value) throws SQLException {
        String table = "round_trip_" + TABLES.incrementAndGet();
        execute("create temporary table " + table + " (v " + columnType + ")");
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " (v) values (?)")) {
            if (value == null) {
                codec.bindNull(insert, 1);
            } else {
                codec.validate(value);
                codec.bind(insert, 1, value);
            }
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("select v from " + table);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return codec.read(rows, 1);
        }
    }

    /** Binds {@code value} as the only parameter of {@code sql} and returns the first column as text. */
    <T> String bindAndSelectText(String sql, TypeCodec<T> codec, T value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            codec.validate(value);
            codec.bind(select, 1, value);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** Reads the value of {@code select <expression>} through {@code codec}. */
    <T> T select(String expression, TypeCodec<T> codec) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select " + expression)) {
            rows.next();
            return codec.read(rows, 1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
