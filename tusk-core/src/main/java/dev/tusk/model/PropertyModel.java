package dev.tusk.model;

import dev.tusk.type.TypeUsage;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;

/**
 * One persistent field (or record component) and its column.
 *
 * @param name          the Java name
 * @param column        the column name, unquoted
 * @param quotedColumn  the column name, quoted for SQL
 * @param type          the declared Java type (generic where declared so)
 * @param rawType       the erased Java type
 * @param usage         what the type layer needs to pick a codec
 * @param id            part of the primary key
 * @param generated     the database generates the value ({@code @Generated})
 * @param defaultSql    {@code @Default} expression, or null
 * @param version       the {@code @Version} counter
 * @param nullable      whether NULL may be written (false for primitives and {@code nullable = false})
 * @param length        maximum text length, 0 for none
 * @param getter        {@code (Object entity) -> Object value}
 * @param setter        {@code (Object entity, Object value) -> void}, null for records
 * @param slot          index among the entity's properties
 * @param defaultFactory {@code @DefaultFactory}: makes the value for an insert that leaves the field null; or null
 * @param softDelete    the {@code @SoftDelete} timestamp: NULL while the row is live
 * @param precision     {@code @Column(precision)}: total digits a numeric holds, 0 for unconstrained
 * @param scale         {@code @Column(scale)}: digits after the point (with a precision)
 */
public record PropertyModel(String name, String column, String quotedColumn, Type type, Class<?> rawType,
                            TypeUsage usage, boolean id, boolean generated, String defaultSql, boolean version,
                            boolean nullable, int length, MethodHandle getter, MethodHandle setter, int slot,
                            java.util.function.Supplier<?> defaultFactory, boolean softDelete, int precision,
                            int scale) {

    /** Whether the value comes from the database when the field is unset (null, or zero for a primitive). */
    public boolean databaseFills() {
        return generated || defaultSql != null;
    }

    /** Whether {@code value} means "not set" for a database-filled column: null, or zero for a primitive number. */
    public boolean isUnset(Object value) {
        if (value == null) {
            return true;
        }
        return rawType.isPrimitive() && generated && value instanceof Number number && number.longValue() == 0;
    }

    /** The value Java gives this type when nothing is stored: null, or the primitive's zero. */
    public Object emptyValue() {
        return PrimitiveDefaults.of(rawType);
    }

    @Override
    public String toString() {
        return name + " (" + column + ")";
    }
}
