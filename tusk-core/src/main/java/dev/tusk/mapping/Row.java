package dev.tusk.mapping;

import dev.tusk.exception.ValidationException;
import dev.tusk.type.TypeUsage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One result row, detached from the connection: values by column label or by 0-based index,
 * read with the default Java type of their PostgreSQL type ({@code int8} as Long, {@code numeric}
 * as BigDecimal, {@code timestamptz} as OffsetDateTime, arrays as List, ...). Typed getters convert
 * where no information is lost ({@code getLong} on an {@code int4}), and refuse otherwise.
 *
 * <pre>{@code
 * for (Row row : db.sql("select role, count(*) as n from users group by role").rows()) {
 *     System.out.println(row.getString("role") + ": " + row.getLong("n"));
 * }
 * }</pre>
 */
public final class Row {
    private final RowShape shape;
    private final Object[] values;

    Row(RowShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /** Reads rows as {@link Row}s: the shape is planned once for the result. */
    public static dev.tusk.exec.ResultReader<List<Row>> listReader(dev.tusk.type.CodecRegistry registry) {
        return rows -> {
            RowShape shape = RowShape.of(rows.getMetaData(), registry);
            List<Row> result = new java.util.ArrayList<>();
            while (rows.next()) {
                result.add(shape.read(rows));
            }
            return result;
        };
    }

    /** Column labels in result order. */
    public List<String> columns() {
        return shape.columns();
    }

    public int size() {
        return values.length;
    }

    /** The value at a 0-based column index. */
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new ValidationException("column index " + index + " is out of range: this row has " + values.length
                    + " columns (0 to " + (values.length - 1) + ")");
        }
        return values[index];
    }

    /** The value of a column by label. */
    public Object get(String column) {
        return values[indexOf(column)];
    }

    public <V> V get(String column, Class<V> type) {
        return convert(column, get(column), type);
    }

    public <V> V get(int index, Class<V> type) {
        return convert(shape.columns().get(index), get(index), type);
    }

    public String getString(String column) {
        Object value = get(column);
        return value == null ? null : value instanceof String text ? text : String.valueOf(value);
    }

    public Integer getInt(String column) {
        return get(column, Integer.class);
    }

    public Long getLong(String column) {
        return get(column, Long.class);
    }

    public Double getDouble(String column) {
        return get(column, Double.class);
    }

    public BigDecimal getBigDecimal(String column) {
        return get(column, BigDecimal.class);
    }

    public Boolean getBoolean(String column) {
        return get(column, Boolean.class);
    }

    public UUID getUuid(String column) {
        return get(column, UUID.class);
    }

    public LocalDate getLocalDate(String column) {
        return get(column, LocalDate.class);
    }

    public LocalDateTime getLocalDateTime(String column) {
        return get(column, LocalDateTime.class);
    }

    public OffsetDateTime getOffsetDateTime(String column) {
        return get(column, OffsetDateTime.class);
    }

    public Instant getInstant(String column) {
        return get(column, Instant.class);
    }

    /** The row as an ordered map from column label to value. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int column = 0; column < values.length; column++) {
            map.putIfAbsent(shape.columns().get(column), values[column]);
        }
        return Collections.unmodifiableMap(map);
    }

    private int indexOf(String column) {
        Integer index = shape.indexOf(column);
        if (index == null) {
            throw new ValidationException("no column '" + column + "' in this row; columns: " + shape.columns());
        }
        return index;
    }

    @SuppressWarnings("unchecked")
    private <V> V convert(String column, Object value, Class<V> type) {
        if (value == null || type.isInstance(value)) {
            return (V) value;
        }
        Object converted = ValueConversions.convert(value, type);
        if (converted != null) {
            return (V) converted;
        }
        if (value instanceof String text) {
            var codec = shape.registry().find(TypeUsage.of(type));
            if (codec.isPresent()) {
                return (V) codec.get().parse(text);
            }
        }
        throw new ValidationException("column '" + column + "' holds a " + value.getClass().getSimpleName()
                + ", which cannot be read as " + type.getSimpleName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && row.columns().equals(columns()) && Arrays.deepEquals(row.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "Row" + toMap();
    }

    /** Lossless conversions between the standard value types. */
    static final class ValueConversions {
        private ValueConversions() {
        }

        static Object convert(Object value, Class<?> type) {
            Class<?> target = box(type);
            try {
                if (value instanceof Number number) {
                    return number(number, target);
                }
                if (value instanceof OffsetDateTime timestamp && target == Instant.class) {
                    return timestamp.toInstant();
                }
                if (target == String.class) {
                    return String.valueOf(value);
                }
            } catch (ArithmeticException lossy) {
                throw new ValidationException("value " + value + " does not fit in " + type.getSimpleName());
            }
            return null;
        }

        private static Object number(Number number, Class<?> target) {
            BigDecimal exact = number instanceof BigDecimal decimal ? decimal
                    : number instanceof BigInteger integer ? new BigDecimal(integer)
                    : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                    : BigDecimal.valueOf(number.longValue());
            if (target == Long.class) {
                return exact.longValueExact();
            }
            if (target == Integer.class) {
                return exact.intValueExact();
            }
            if (target == Short.class) {
                return exact.shortValueExact();
            }
            if (target == BigDecimal.class) {
                return exact;
            }
            if (target == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
            if (target == Double.class) {
                return number.doubleValue();
            }
            if (target == Float.class) {
                return number.floatValue();
            }
            return null;
        }

        private static Class<?> box(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return type == int.class ? Integer.class : type == long.class ? Long.class : type == short.class ? Short.class
                    : type == double.class ? Double.class : type == float.class ? Float.class
                    : type == boolean.class ? Boolean.class : type;
        }
    }
}
