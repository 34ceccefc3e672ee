package dev.tusk.mapping;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.MappingException;
import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.type.CodecRegistry;
import dev.tusk.type.TypeCodec;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An entity model bound to the codecs of one database: which codec reads and writes each property,
 * the checks made before a write, and row mappers planned once per result shape.
 *
 * @param <T> the entity type
 */
public final class EntityPlan<T> {
    private final EntityModel<T> model;
    private final TypeCodec<Object>[] codecs;
    private final RowMapper<T> tableOrder;
    private final Map<String, RowMapper<T>> byShape = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    EntityPlan(EntityModel<T> model, CodecRegistry registry) {
        this.model = model;
        this.codecs = new TypeCodec[model.properties().size()];
        for (PropertyModel property : model.properties()) {
            codecs[property.slot()] = (TypeCodec<Object>) registry.find(property.usage())
                    .orElseThrow(() -> new MappingException(model.type().getName() + "." + property.name() + " has type "
                            + property.type().getTypeName() + ", which Tusk cannot store: use a supported type, add @Json"
                            + " for a JSON document, @Column(type = ...) for another PostgreSQL type, or register a"
                            + " CodecFactory"));
        }
        int[] allSlots = new int[codecs.length];
        for (int slot = 0; slot < allSlots.length; slot++) {
            allSlots[slot] = slot;
        }
        this.tableOrder = mapper(allSlots);
    }

    public EntityModel<T> model() {
        return model;
    }

    public TypeCodec<Object> codec(PropertyModel property) {
        return codecs[property.slot()];
    }

    /** Reads a row whose columns are the entity's properties in order (the select list Tusk writes). */
    public RowMapper<T> tableOrder() {
        return tableOrder;
    }

    /**
     * A mapper for a result of any column order, matched by column label to column or field names.
     * A label that matches no property fails (strict mapping); properties without a column keep
     * their empty value.
     */
    public RowMapper<T> forResult(ResultSetMetaData metadata) throws SQLException {
        int count = metadata.getColumnCount();
        StringBuilder key = new StringBuilder();
        String[] labels = new String[count];
        for (int column = 1; column <= count; column++) {
            labels[column - 1] = metadata.getColumnLabel(column);
            key.append(labels[column - 1]).append('\u0001');
        }
        return byShape.computeIfAbsent(key.toString(), ignored -> mapper(slotsFor(labels)));
    }

    private int[] slotsFor(String[] labels) {
        int[] slots = new int[labels.length];
        for (int column = 0; column < labels.length; column++) {
            String label = labels[column];
            PropertyModel property = model.find(label).orElseThrow(() -> new MappingException("result column '" + label
                    + "' matches no field of " + model.type().getSimpleName() + " (fields: "
                    + model.properties().stream().map(PropertyModel::column).collect(Collectors.joining(", "))
                    + "): select only mapped columns, alias it to a field name, or map into a record that has it"));
            slots[column] = property.slot();
        }
        return slots;
    }

    private RowMapper<T> mapper(int[] slotOfColumn) {
        int propertyCount = codecs.length;
        return rows -> {
            Object[] values = new Object[propertyCount];
            for (int column = 0; column < slotOfColumn.length; column++) {
                int slot = slotOfColumn[column];
                values[slot] = read(rows, column + 1, slot);
            }
            return model.create(values);
        };
    }

    private Object read(ResultSet rows, int column, int slot) throws SQLException {
        Object value;
        try {
            value = codecs[slot].read(rows, column);
        } catch (ValidationException unreadable) {
            PropertyModel property = model.properties().get(slot);
            throw new ValidationException("column " + property.column() + " of " + model.type().getSimpleName() + ": "
                    + unreadable.reason(), unreadable);
        }
        if (value == null && model.properties().get(slot).rawType().isPrimitive()) {
            PropertyModel property = model.properties().get(slot);
            throw new MappingException("column " + property.column() + " is NULL but " + model.type().getSimpleName() + "."
                    + property.name() + " is a primitive " + property.rawType() + ": use its box type ("
                    + boxName(property.rawType()) + ") or make the column NOT NULL");
        }
        return value;
    }

    /**
     * Checks the values about to be written, before any SQL is sent: NOT NULL columns, text
     * lengths, and each codec's own checks.
     */
    public void validate(Object[] values, List<PropertyModel> written, String operation) {
        validate(values, written, operation, null);
    }

    /**
     * {@link #validate(Object[], List, String)}, leaving out the codec checks of the slots marked in
     * {@code checkedWhileWriting}: those the writer makes in the same pass as it encodes the value
     * (binary COPY of text).
     */
    public void validate(Object[] values, List<PropertyModel> written, String operation,
                         boolean[] checkedWhileWriting) {
        List<String> problems = null;
        for (int index = 0; index < written.size(); index++) {
            PropertyModel property = written.get(index);
            String problem = problem(property, values[property.slot()], checkedWhileWriting);
            if (problem != null) {
                problems = problems == null ? new ArrayList<>() : problems;
                problems.add(problem);
            }
        }
        if (problems != null) {
            throw new ValidationException(model.type().getSimpleName() + " is not valid: " + String.join("; ", problems),
                    ErrorContext.of(model.type(), operation), null);
        }
    }

    private String problem(PropertyModel property, Object value, boolean[] checkedWhileWriting) {
        if (value == null) {
            return property.nullable() || property.databaseFills() ? null : property.name() + " must not be null";
        }
        if (property.length() > 0 && value instanceof CharSequence text
                && text.toString().codePointCount(0, text.length()) > property.length()) {
            return property.name() + " is " + text.toString().codePointCount(0, text.length())
                    + " characters long; at most " + property.length() + " fit";
        }
        if (checkedWhileWriting != null && checkedWhileWriting[property.slot()]) {
            return null;
        }
        try {
            codecs[property.slot()].validate(value);
            return null;
        } catch (ValidationException invalid) {
            return property.name() + ": " + invalid.reason();
        }
    }

    private static String boxName(Class<?> primitive) {
        return primitive == int.class ? "Integer" : primitive == char.class ? "Character"
                : Character.toUpperCase(primitive.getName().charAt(0)) + primitive.getName().substring(1);
    }
}
