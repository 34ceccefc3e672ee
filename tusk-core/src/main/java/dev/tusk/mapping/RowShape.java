package dev.tusk.mapping;

import dev.tusk.type.CodecRegistry;
import dev.tusk.type.TypeCodec;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a result: their labels, a name index, and for each the codec that reads it (the
 * default Java type for its PostgreSQL type). Shared by every {@link Row} of one result.
 */
final class RowShape {
    private final List<String> columns;
    private final Map<String, Integer> indexByName;
    private final TypeCodec<?>[] readers;
    private final CodecRegistry registry;

    private RowShape(List<String> columns, TypeCodec<?>[] readers, CodecRegistry registry) {
        this.columns = columns;
        this.readers = readers;
        this.registry = registry;
        Map<String, Integer> index = new HashMap<>();
        for (int column = columns.size() - 1; column >= 0; column--) {
            index.put(columns.get(column), column);
        }
        this.indexByName = index;
    }

    static RowShape of(ResultSetMetaData metadata, CodecRegistry registry) throws SQLException {
        int count = metadata.getColumnCount();
        String[] names = new String[count];
        TypeCodec<?>[] readers = new TypeCodec<?>[count];
        for (int column = 1; column <= count; column++) {
            names[column - 1] = metadata.getColumnLabel(column);
            readers[column - 1] = registry.forSqlType(metadata.getColumnTypeName(column)).orElse(null);
        }
        return new RowShape(List.of(names), readers, registry);
    }

    Row read(ResultSet rows) throws SQLException {
        Object[] values = new Object[readers.length];
        for (int column = 0; column < values.length; column++) {
            TypeCodec<?> reader = readers[column];
            values[column] = reader == null ? rows.getString(column + 1) : reader.read(rows, column + 1);
        }
        return new Row(this, values);
    }

    List<String> columns() {
        return columns;
    }

    Integer indexOf(String name) {
        return indexByName.get(name);
    }

    CodecRegistry registry() {
        return registry;
    }
}
