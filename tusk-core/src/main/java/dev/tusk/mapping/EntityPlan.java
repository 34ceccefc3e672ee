package dev.tusk.mapping;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.MappingException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.type.CodecRegistry;
import dev.tusk.type.TypeCodec;
import dev.tusk.validation.EntityValidator;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An entity model bound to the codecs and the entity validator of one database: which codec reads and
 * writes each property, the checks made before a write, and row mappers planned once per result shape.
 *
 * @param <T> the entity type
 */
public final class EntityPlan<T> {
    /** {@code (EntityPlan, ResultSet, int column, int slot) -> Object}: {@link #read} for composed readers. */
    private static final MethodHandle READ;

    static {
        try {
            READ = MethodHandles.lookup().findVirtual(EntityPlan.class, "read",
                    MethodType.methodType(Object.class, ResultSet.class, int.class, int.class));
        } catch (ReflectiveOperationException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private final EntityModel<T> model;
    private final TypeCodec<Object>[] codecs;
    private final RowMapper<T> tableOrder;
    private final Map<String, RowMapper<T>> byShape = new ConcurrentHashMap<>();
    private final EntityValidator validator;
    /** Where mapped table entities are announced (POST_LOAD); null for other classes (projections). */
    private final EntityPlans announcer;

    @SuppressWarnings("unchecked")
    EntityPlan(EntityModel<T> model, CodecRegistry registry, EntityValidator validator, EntityPlans plans) {
        this.model = model;
        this.validator = validator;
        this.announcer = model.isTable() ? plans : null;
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
        return forResult(metadata, metadata.getColumnCount());
    }

    /** {@link #forResult(ResultSetMetaData)} over the first {@code count} columns only (others follow them). */
    public RowMapper<T> forResult(ResultSetMetaData metadata, int count) throws SQLException {
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

    /**
     * Reads the entity's properties, in table order, from the columns starting at {@code firstColumn}
     * (1-based): for a select list that puts other columns first.
     */
    public RowMapper<T> tableOrderFrom(int firstColumn) {
        int[] allSlots = new int[codecs.length];
        for (int slot = 0; slot < allSlots.length; slot++) {
            allSlots[slot] = slot;
        }
        return firstColumn == 1 ? tableOrder : mapper(allSlots, firstColumn);
    }

    private RowMapper<T> mapper(int[] slotOfColumn) {
        return mapper(slotOfColumn, 1);
    }

    private RowMapper<T> mapper(int[] slotOfColumn, int firstColumn) {
        MethodHandle[] readerBySlot = new MethodHandle[codecs.length];
        for (int column = 0; column < slotOfColumn.length; column++) {
            // a label given twice: the last column wins, as in the array mapper below
            readerBySlot[slotOfColumn[column]] = MethodHandles.insertArguments(READ.bindTo(this), 1,
                    column + firstColumn, slotOfColumn[column]);
        }
        Optional<MethodHandle> composed = model.composedReader(readerBySlot, ResultSet.class);
        if (composed.isPresent()) {
            MethodHandle reader = composed.get();
            return rows -> announced(model.type().cast(invokeReader(reader, rows)));
        }
        int propertyCount = codecs.length;
        return rows -> {
            Object[] values = new Object[propertyCount];
            for (int column = 0; column < slotOfColumn.length; column++) {
                int slot = slotOfColumn[column];
                values[slot] = read(rows, column + firstColumn, slot);
            }
            return announced(model.create(values));
        };
    }

    private T announced(T entity) {
        if (announcer != null) {
            announcer.loaded(entity);
        }
        return entity;
    }

    private static Object invokeReader(MethodHandle reader, ResultSet rows) throws SQLException {
        try {
            return (Object) reader.invokeExact(rows);
        } catch (SQLException | RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new MappingException("could not read a row: " + failure, failure);
        }
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
     * lengths, numeric precision, and each codec's own checks ({@link ColumnChecks}).
     *
     * @throws ValidationException naming every violation, with {@link ValidationException#violations()}
     */
    public void validate(Object[] values, List<PropertyModel> written, String operation) {
        validate(values, written, operation, BeanCheck.none(), null);
    }

    /**
     * {@link #validate(Object[], List, String)}, leaving out the codec checks of the slots marked in
     * {@code checkedWhileWriting}: those the writer makes in the same pass as it encodes the value
     * (binary COPY of text).
     */
    public void validate(Object[] values, List<PropertyModel> written, String operation,
                         boolean[] checkedWhileWriting) {
        validate(values, written, operation, BeanCheck.none(), checkedWhileWriting);
    }

    /**
     * The mapping checks of the values written and the entity validator's checks ({@link BeanCheck}),
     * all violations of the entity in one exception, before any SQL is sent.
     */
    public void validate(Object[] values, List<PropertyModel> written, String operation, BeanCheck check) {
        validate(values, written, operation, check, null);
    }

    /**
     * {@link #validate(Object[], List, String, BeanCheck)}, leaving out the codec checks of the slots
     * marked in {@code checkedWhileWriting} (null for none).
     */
    public void validate(Object[] values, List<PropertyModel> written, String operation, BeanCheck check,
                         boolean[] checkedWhileWriting) {
        Findings findings = new Findings();
        for (int index = 0; index < written.size(); index++) {
            PropertyModel property = written.get(index);
            boolean codecChecked = checkedWhileWriting != null && checkedWhileWriting[property.slot()];
            ColumnChecks.check(findings, property, codecs[property.slot()], values[property.slot()], codecChecked);
        }
        BeanFindings.add(findings, model, validator, check, values, written);
        if (!findings.isEmpty()) {
            throw findings.exception(model.type(), operation);
        }
    }

    /**
     * Checks the plain values a filtered update assigns (null where it assigns NULL): NULL into a
     * non-null column (a database default does not help an UPDATE), the mapping checks of the other
     * values, and the entity validator's constraints of each property ({@code validateValue}).
     */
    public void validateAssigned(Object[] values, List<PropertyModel> assigned, String operation) {
        Findings findings = new Findings();
        List<Violation> constraints = new ArrayList<>();
        for (PropertyModel property : assigned) {
            Object value = values[property.slot()];
            if (value == null && !property.nullable()) {
                findings.sentence(property, null, "must not be null");
            } else {
                ColumnChecks.check(findings, property, codecs[property.slot()], value, false);
            }
            constraints.addAll(validator.validateValue(model.type(), property.name(), value));
        }
        BeanFindings.addAll(findings, model, constraints);
        if (!findings.isEmpty()) {
            throw findings.exception(model.type(), operation);
        }
    }

    private static String boxName(Class<?> primitive) {
        return primitive == int.class ? "Integer" : primitive == char.class ? "Character"
                : Character.toUpperCase(primitive.getName().charAt(0)) + primitive.getName().substring(1);
    }
}
