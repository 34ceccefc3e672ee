package dev.tusk.model;

import dev.tusk.exception.MappingException;
import dev.tusk.exception.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything Tusk knows about one mapped class: table, columns, key, version, and how to build and
 * read an instance. Read once per class ({@link #of}) and cached; reading and building instances go
 * through method handles, never reflection per row.
 *
 * @param <T> the entity type
 */
public final class EntityModel<T> {
    private static final ClassValue<EntityModel<?>> CACHE = new ClassValue<>() {
        @Override
        protected EntityModel<?> computeValue(Class<?> type) {
            return EntityIntrospector.introspect(type);
        }
    };

    private final Class<T> type;
    private final boolean table;
    private final String tableName;
    private final String schema;
    private final String qualifiedTable;
    private final List<PropertyModel> properties;
    private final List<PropertyModel> keys;
    private final PropertyModel version;
    private final PropertyModel softDelete;
    private final Map<String, PropertyModel> byName;
    private final Instantiator instantiator;
    private final List<RelationModel> relations;
    /** Per slot, the property's getter, typed {@code (Object) -> Object} for {@code invokeExact}. */
    private final MethodHandle[] getters;
    /**
     * {@code (Object entity) -> Object[]}: every getter folded into one method handle, so reading a
     * whole entity is one call the JIT compiles with the getters inlined (a loop over the getters
     * pays an indirect call each); null when the entity has more properties than a handle takes.
     */
    private final MethodHandle allValues;

    EntityModel(Class<T> type, boolean table, String tableName, String schema, List<PropertyModel> properties,
                List<RelationModel> relations, Instantiator instantiator) {
        this.type = type;
        this.table = table;
        this.tableName = tableName;
        this.schema = schema;
        this.qualifiedTable = (schema == null ? "" : Identifier.quote(schema) + ".") + Identifier.quote(tableName);
        this.properties = List.copyOf(properties);
        this.keys = properties.stream().filter(PropertyModel::id).toList();
        this.version = properties.stream().filter(PropertyModel::version).findFirst().orElse(null);
        this.softDelete = properties.stream().filter(PropertyModel::softDelete).findFirst().orElse(null);
        Map<String, PropertyModel> names = new LinkedHashMap<>();
        for (PropertyModel property : properties) {
            names.put(property.name(), property);
            names.putIfAbsent(property.column(), property);
        }
        this.byName = Map.copyOf(names);
        this.instantiator = instantiator;
        this.relations = List.copyOf(relations);
        this.getters = this.properties.stream().map(PropertyModel::getter).toArray(MethodHandle[]::new);
        this.allValues = getters.length <= MAX_FOLDED_GETTERS ? foldGetters(getters) : null;
    }

    /**
     * The model of a class, read on first use and cached for the life of the class.
     *
     * @throws MappingException when the class cannot be mapped; the message names the field and the fix
     */
    @SuppressWarnings("unchecked")
    public static <T> EntityModel<T> of(Class<T> type) {
        if (type == null) {
            throw new ValidationException("entity class must not be null");
        }
        return (EntityModel<T>) CACHE.get(type);
    }

    public Class<T> type() {
        return type;
    }

    /** Whether the class is a table entity ({@code @Table}) rather than a result shape. */
    public boolean isTable() {
        return table;
    }

    public String tableName() {
        return tableName;
    }

    /** The schema, or null when the search path decides. */
    public String schema() {
        return schema;
    }

    /** {@code "schema"."table"}, quoted, ready for SQL. */
    public String qualifiedTable() {
        return qualifiedTable;
    }

    /** The persistent properties, superclass fields first, in declaration order. */
    public List<PropertyModel> properties() {
        return properties;
    }

    public List<PropertyModel> keys() {
        return keys;
    }

    public Optional<PropertyModel> version() {
        return Optional.ofNullable(version);
    }

    /** The {@code @SoftDelete} timestamp, when rows of this entity are soft-deleted. */
    public Optional<PropertyModel> softDelete() {
        return Optional.ofNullable(softDelete);
    }

    public boolean isRecord() {
        return instantiator.isRecord();
    }

    /** A property by field name or column name. */
    public Optional<PropertyModel> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * A property by field name or column name.
     *
     * @throws ValidationException naming the valid names when there is none
     */
    public PropertyModel property(String name) {
        PropertyModel property = byName.get(name);
        if (property == null) {
            throw new ValidationException("unknown field or column '" + name + "' on " + type.getSimpleName()
                    + "; valid names: " + properties.stream().map(PropertyModel::name).collect(Collectors.joining(", ")));
        }
        return property;
    }

    /**
     * Fills null slots that have a {@code @DefaultFactory} with a fresh value, in place.
     *
     * @return which slots were filled (all false when none)
     */
    public boolean[] applyDefaultFactories(Object[] values) {
        boolean[] filled = new boolean[values.length];
        for (PropertyModel property : properties) {
            if (property.defaultFactory() != null && values[property.slot()] == null) {
                values[property.slot()] = property.defaultFactory().get();
                filled[property.slot()] = true;
            }
        }
        return filled;
    }

    /** Checks that this class can be written by key: a table with at least one {@code @Id}. */
    public EntityModel<T> requireKey(String operation) {
        if (!table) {
            throw new MappingException(type.getName() + " is not a table entity, so it cannot be used for " + operation
                    + ": add @Table to the class");
        }
        return this;
    }

    /** The value of one property. */
    public Object get(T entity, PropertyModel property) {
        try {
            return (Object) property.getter().invokeExact((Object) entity);
        } catch (Throwable failure) {
            throw rethrow(failure, "read field " + property.name());
        }
    }

    /** Every property value, in property order. */
    public Object[] values(T entity) {
        if (allValues != null) {
            try {
                return (Object[]) allValues.invokeExact((Object) entity);
            } catch (Throwable failure) {
                throw rethrow(failure, "read the fields");
            }
        }
        Object[] values = new Object[getters.length];
        readInto(entity, values);
        return values;
    }

    /** Method handles take at most 255 arguments; the fold spreads one per property. */
    private static final int MAX_FOLDED_GETTERS = 250;

    private static MethodHandle foldGetters(MethodHandle[] getters) {
        MethodHandle collect = MethodHandles.identity(Object[].class).asCollector(Object[].class, getters.length);
        MethodHandle filtered = MethodHandles.filterArguments(collect, 0, getters);
        return MethodHandles.permuteArguments(filtered, MethodType.methodType(Object[].class, Object.class),
                new int[getters.length]);
    }

    /** Reads every property value into {@code values}, by slot: the per-row path of bulk writes, with no allocation. */
    public void readInto(T entity, Object[] values) {
        MethodHandle[] handles = getters;
        int slot = 0;
        try {
            for (; slot < handles.length; slot++) {
                values[slot] = (Object) handles[slot].invokeExact((Object) entity);
            }
        } catch (Throwable failure) {
            throw rethrow(failure, "read field " + properties.get(slot).name());
        }
    }

    /** A new instance from property values in property order (missing values: null or the primitive zero). */
    @SuppressWarnings("unchecked")
    public T create(Object[] values) {
        return (T) instantiator.create(values);
    }

    /**
     * For a record: one handle {@code (S) -> Object} that reads each property with its reader and
     * calls the canonical constructor, without the value arrays of {@link #create}; empty for a class
     * (its fields are set one by one) and for a record too wide to compose.
     *
     * @param readerBySlot per property slot, {@code (S) -> Object}, or null for a property the source lacks
     */
    public Optional<MethodHandle> composedReader(MethodHandle[] readerBySlot, Class<?> source) {
        return instantiator instanceof Instantiator.ForRecord record
                ? Optional.ofNullable(record.composed(readerBySlot, source))
                : Optional.empty();
    }

    /**
     * The entity with some properties changed: a new record, or the same class instance changed in place.
     *
     * @param changes property values by slot; only the non-null slots of {@code changed} are applied
     */
    public T with(T entity, Object[] changes, boolean[] changed) {
        if (instantiator.isRecord()) {
            Object[] values = values(entity);
            for (int slot = 0; slot < values.length; slot++) {
                if (changed[slot]) {
                    values[slot] = changes[slot];
                }
            }
            @SuppressWarnings("unchecked")
            T copy = (T) ((Instantiator.ForRecord) instantiator).copy(entity, values);
            return copy;
        }
        for (int slot = 0; slot < changes.length; slot++) {
            if (changed[slot]) {
                set(entity, properties.get(slot), changes[slot]);
            }
        }
        return entity;
    }

    /** The relation slots, in declaration order. */
    public List<RelationModel> relations() {
        return relations;
    }

    /** The relation slot with this Java name. */
    public Optional<RelationModel> relation(String name) {
        for (RelationModel relation : relations) {
            if (relation.name().equals(name)) {
                return Optional.of(relation);
            }
        }
        return Optional.empty();
    }

    /** What a relation slot holds: null when not loaded. */
    public Object slot(T entity, RelationModel relation) {
        try {
            return (Object) relation.getter().invokeExact((Object) entity);
        } catch (Throwable failure) {
            throw rethrow(failure, "read relation slot " + relation.name());
        }
    }

    /** The entity with a relation slot filled: the class instance changed in place, or a new record. */
    public T withSlot(T entity, RelationModel relation, Object value) {
        if (instantiator instanceof Instantiator.ForRecord record) {
            @SuppressWarnings("unchecked")
            T rebuilt = (T) record.withComponent(entity, relation.component(), value);
            return rebuilt;
        }
        try {
            relation.setter().invokeExact((Object) entity, value);
            return entity;
        } catch (Throwable failure) {
            throw rethrow(failure, "fill relation slot " + relation.name());
        }
    }

    /** Sets a property of a class instance in place. Records cannot be changed: use {@link #with}. */
    public void set(T entity, PropertyModel property, Object value) {
        MethodHandle setter = property.setter();
        if (setter == null) {
            throw new MappingException("cannot set " + property.name() + " of record " + type.getSimpleName());
        }
        try {
            setter.invokeExact((Object) entity, value);
        } catch (Throwable failure) {
            throw rethrow(failure, "set field " + property.name());
        }
    }

    /** The key of an entity, one value per {@code @Id}, for messages. */
    public String describeKey(T entity) {
        return keys.stream().map(key -> key.name() + "=" + get(entity, key)).collect(Collectors.joining(", "));
    }

    private RuntimeException rethrow(Throwable failure, String what) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new MappingException("could not " + what + " of " + type.getName(), failure);
    }

    @Override
    public String toString() {
        return "EntityModel[" + type.getName() + " -> " + qualifiedTable + " "
                + Arrays.toString(properties.stream().map(PropertyModel::column).toArray()) + "]";
    }
}
