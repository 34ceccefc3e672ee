package dev.tusk.type;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A one-dimensional array in {@code array_send}'s binary form: the dimension count (1, or 0 for an
 * empty array), a has-NULL flag, the element type's OID, the length and lower bound (1) of the
 * dimension, then each element as a field (-1 for NULL). Holds a {@code List}, an object array or a
 * primitive array; primitive arrays of the built-in number types are written without boxing.
 *
 * <p>Edge cases: when the element type is built in, the server insists that the element OID be
 * exactly the column's ({@code varchar[]} is not {@code text[]}), so the OID comes from the table's
 * catalog through {@link #forColumn}; for types created in the database (enums, extension types)
 * PostgreSQL reads the column's element type whatever the OID says. An encoder not fitted to a
 * column refuses to write. The whole array stays in the buffer until its length is known.
 */
final class BinaryArray implements BinaryEncoder<Object> {
    /** How the Java value holds its elements. */
    enum Shape { LIST, OBJECTS, INTS, LONGS, SHORTS, FLOATS, DOUBLES, BOOLEANS }

    private final BinaryEncoder<Object> element;
    private final Shape shape;
    private final int elementOid;

    BinaryArray(BinaryEncoder<Object> element, Shape shape, int elementOid) {
        this.element = element;
        this.shape = shape;
        this.elementOid = elementOid;
    }

    /** The shape of a container class, given it is one: a List, an object array, a primitive array. */
    static Shape shapeOf(Class<?> container) {
        if (List.class.isAssignableFrom(container)) {
            return Shape.LIST;
        }
        Class<?> component = container.getComponentType();
        if (!component.isPrimitive()) {
            return Shape.OBJECTS;
        }
        return component == int.class ? Shape.INTS : component == long.class ? Shape.LONGS
                : component == short.class ? Shape.SHORTS : component == float.class ? Shape.FLOATS
                : component == double.class ? Shape.DOUBLES : Shape.BOOLEANS;
    }

    @Override
    public void write(Object value, BinaryBuffer out) throws SQLException {
        if (elementOid == 0) {
            throw new IllegalStateException("array encoder for " + typeName() + " used before being fitted to a column");
        }
        int start = out.openField();
        int length = lengthOf(value);
        out.writeInt(length == 0 ? 0 : 1);
        int flags = out.position();
        out.writeInt(0);
        out.writeInt(elementOid);
        if (length > 0) {
            out.writeInt(length);
            out.writeInt(1);
        }
        if (writeElements(value, out)) {
            out.patchInt(flags, 1);
        }
        out.closeField(start);
    }

    private int lengthOf(Object value) {
        return switch (shape) {
            case LIST -> ((List<?>) value).size();
            case OBJECTS -> ((Object[]) value).length;
            case INTS -> ((int[]) value).length;
            case LONGS -> ((long[]) value).length;
            case SHORTS -> ((short[]) value).length;
            case FLOATS -> ((float[]) value).length;
            case DOUBLES -> ((double[]) value).length;
            case BOOLEANS -> ((boolean[]) value).length;
        };
    }

    /** Writes every element; returns whether one was NULL. */
    private boolean writeElements(Object value, BinaryBuffer out) throws SQLException {
        switch (shape) {
            case LIST -> {
                return writeAll((List<?>) value, out);
            }
            case OBJECTS -> {
                return writeAll(java.util.Arrays.asList((Object[]) value), out);
            }
            case INTS -> {
                for (int item : (int[]) value) {
                    out.writeIntField(item);
                }
            }
            case LONGS -> {
                for (long item : (long[]) value) {
                    out.writeLongField(item);
                }
            }
            case SHORTS -> {
                for (short item : (short[]) value) {
                    out.writeInt(2);
                    out.writeShort(item);
                }
            }
            case FLOATS -> {
                for (float item : (float[]) value) {
                    out.writeIntField(Float.floatToIntBits(item));
                }
            }
            case DOUBLES -> {
                for (double item : (double[]) value) {
                    out.writeLongField(Double.doubleToLongBits(item));
                }
            }
            case BOOLEANS -> {
                for (boolean item : (boolean[]) value) {
                    out.writeInt(1);
                    out.writeByte(item ? 1 : 0);
                }
            }
        }
        return false;
    }

    private boolean writeAll(List<?> items, BinaryBuffer out) throws SQLException {
        boolean hasNull = false;
        for (Object item : items) {
            if (item == null) {
                out.writeInt(-1);
                hasNull = true;
            } else {
                element.write(item, out);
            }
        }
        return hasNull;
    }

    @Override
    public String typeName() {
        return element.typeName() + "[]";
    }

    @Override
    public Optional<BinaryEncoder<Object>> forColumn(ColumnType column) {
        if (!column.isArray()) {
            return Optional.empty();
        }
        return element.forColumn(column.element())
                .map(fitted -> new BinaryArray(fitted, shape, column.elementOid()));
    }
}
