package dev.tusk.model;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Default;
import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Json;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Transient;
import dev.tusk.annotation.Vector;
import dev.tusk.annotation.Version;
import dev.tusk.exception.MappingException;
import dev.tusk.exception.ValidationException;
import dev.tusk.type.TypeUsage;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a class's mapping annotations once and builds its {@link EntityModel}. */
final class EntityIntrospector {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private EntityIntrospector() {
    }

    static <T> EntityModel<T> introspect(Class<T> type) {
        if (type.isPrimitive() || type.isArray() || type.isInterface() || type.isEnum()
                || Modifier.isAbstract(type.getModifiers())) {
            throw new MappingException(type.getName() + " cannot be mapped: an entity must be a record or a concrete"
                    + " class (abstract base classes may hold shared fields for their subclasses)");
        }
        Table table = type.getAnnotation(Table.class);
        String tableName = Naming.tableOf(type);
        String schema = table == null || table.schema().isEmpty() ? null : table.schema();
        try {
            Identifier.requireFits(tableName, "table name of " + type.getName());
            if (schema != null) {
                Identifier.requireFits(schema, "schema of " + type.getName());
            }
        } catch (ValidationException bad) {
            throw new MappingException(bad.reason() + ": fix @Table on " + type.getName());
        }
        List<PropertyModel> properties = new ArrayList<>();
        List<RelationModel> relations = new ArrayList<>();
        Instantiator instantiator = type.isRecord() ? recordModel(type, tableName, properties, relations)
                : classModel(type, tableName, properties, relations);
        check(type, table != null, properties);
        return new EntityModel<>(type, table != null, tableName, schema, properties, relations, instantiator);
    }

    private static Instantiator recordModel(Class<?> type, String tableName, List<PropertyModel> properties,
                                            List<RelationModel> relations) {
        RecordComponent[] components = type.getRecordComponents();
        int[] argumentSlot = new int[components.length];
        Object[] emptyArgs = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        MethodHandle[] accessors = new MethodHandle[components.length];
        for (int index = 0; index < components.length; index++) {
            RecordComponent component = components[index];
            parameterTypes[index] = component.getType();
            emptyArgs[index] = PrimitiveDefaults.of(component.getType());
            accessors[index] = recordGetter(type, component.getAccessor());
            if (RelationSlots.isSlot(component)) {
                argumentSlot[index] = -1;
                relations.add(RelationSlots.read(type, tableName, component, component.getName(), component.getType(),
                        component.getGenericType(), accessors[index], null, index));
                continue;
            }
            if (component.isAnnotationPresent(Transient.class)) {
                argumentSlot[index] = -1;
                continue;
            }
            argumentSlot[index] = properties.size();
            properties.add(property(type, component, component.getName(), component.getGenericType(),
                    component.getType(), accessors[index], null, properties.size()));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            MethodHandle declared = LOOKUP.unreflectConstructor(canonical);
            MethodHandle constructor = declared.asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Instantiator.ForRecord(type, constructor, argumentSlot, emptyArgs, accessors, declared);
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw new MappingException("cannot use the canonical constructor of record " + type.getName()
                    + ": make it accessible (the record and its constructor should not be private)", failure);
        }
    }

    private static Instantiator classModel(Class<?> type, String tableName, List<PropertyModel> properties,
                                           List<RelationModel> relations) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            hierarchy.push(current);
        }
        List<MethodHandle> setters = new ArrayList<>();
        for (Class<?> declaring : hierarchy) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                if (RelationSlots.isSlot(field)) {
                    MethodHandle[] access = fieldAccess(type, field);
                    relations.add(RelationSlots.read(type, tableName, field, field.getName(), field.getType(),
                            field.getGenericType(), access[0], access[1], -1));
                    continue;
                }
                MethodHandle[] access = fieldAccess(type, field);
                setters.add(access[1]);
                properties.add(property(type, field, field.getName(), field.getGenericType(), field.getType(),
                        access[0], access[1], properties.size()));
            }
        }
        try {
            Constructor<?> noArgs = type.getDeclaredConstructor();
            noArgs.setAccessible(true);
            MethodHandle constructor = LOOKUP.unreflectConstructor(noArgs).asType(MethodType.methodType(Object.class));
            boolean[] primitive = new boolean[properties.size()];
            for (PropertyModel property : properties) {
                primitive[property.slot()] = property.rawType().isPrimitive();
            }
            return new Instantiator.ForClass(type, constructor, setters.toArray(MethodHandle[]::new), primitive);
        } catch (NoSuchMethodException missing) {
            throw new MappingException(type.getName() + " has no no-arg constructor: add one (it may be private),"
                    + " or make the entity a record");
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw new MappingException("cannot use the no-arg constructor of " + type.getName(), failure);
        }
    }

    private static java.util.function.Supplier<?> defaultFactory(Class<?> owner, String name, AnnotatedElement element) {
        dev.tusk.annotation.DefaultFactory annotation = element.getAnnotation(dev.tusk.annotation.DefaultFactory.class);
        if (annotation == null) {
            return null;
        }
        try {
            Constructor<? extends java.util.function.Supplier<?>> constructor = annotation.value().getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw new MappingException("@DefaultFactory on " + owner.getName() + "." + name + " names "
                    + annotation.value().getName() + ", which cannot be created: give it a no-arg constructor", failure);
        }
    }

    private static PropertyModel property(Class<?> owner, AnnotatedElement element, String name, Type genericType,
                                          Class<?> rawType, MethodHandle getter, MethodHandle setter, int slot) {
        Column column = element.getAnnotation(Column.class);
        String columnName = column == null || column.name().isEmpty() ? Naming.snakeCase(name) : column.name();
        try {
            Identifier.requireFits(columnName, "column name of " + owner.getSimpleName() + "." + name);
        } catch (ValidationException bad) {
            throw new MappingException(bad.reason() + ": fix @Column on " + owner.getName() + "." + name);
        }
        boolean id = element.isAnnotationPresent(Id.class);
        Default defaultValue = element.getAnnotation(Default.class);
        Enumerated enumerated = element.getAnnotation(Enumerated.class);
        Vector vector = element.getAnnotation(Vector.class);
        String enumType = null;
        if (enumerated != null) {
            if (!rawType.isEnum()) {
                throw new MappingException("@Enumerated on " + owner.getName() + "." + name + " needs an enum type, not "
                        + rawType.getSimpleName() + ": remove the annotation or change the field type");
            }
            enumType = enumerated.type().isEmpty() ? Naming.snakeCase(rawType.getSimpleName()) : enumerated.type();
        }
        String declaredType = column == null || column.type().isEmpty() ? null : column.type();
        TypeUsage usage = new TypeUsage(genericType, declaredType, element.isAnnotationPresent(Json.class), enumType,
                vector == null ? 0 : vector.dimensions());
        boolean nullable = !rawType.isPrimitive() && !id && (column == null || column.nullable());
        return new PropertyModel(name, columnName, Identifier.quote(columnName), genericType, rawType, usage, id,
                element.isAnnotationPresent(Generated.class), defaultValue == null ? null : defaultValue.value(),
                element.isAnnotationPresent(Version.class), nullable, column == null ? 0 : column.length(),
                getter, setter, slot, defaultFactory(owner, name, element),
                element.isAnnotationPresent(dev.tusk.annotation.SoftDelete.class),
                column == null ? 0 : column.precision(), column == null ? 0 : column.scale());
    }

    private static void check(Class<?> type, boolean table, List<PropertyModel> properties) {
        if (properties.isEmpty()) {
            throw new MappingException(type.getName() + " has no persistent fields: add fields or record components");
        }
        Set<String> columns = new HashSet<>();
        PropertyModel version = null;
        for (PropertyModel property : properties) {
            if (!columns.add(property.column())) {
                throw new MappingException(type.getName() + "." + property.name() + " maps to column '" + property.column()
                        + "', which another field already uses: give one of them @Column(name = ...)");
            }
            if (property.version()) {
                if (version != null) {
                    throw new MappingException(type.getName() + " has two @Version fields, " + version.name() + " and "
                            + property.name() + ": keep one");
                }
                Class<?> raw = property.rawType();
                if (raw != int.class && raw != long.class && raw != Integer.class && raw != Long.class) {
                    throw new MappingException("@Version field " + type.getName() + "." + property.name() + " is "
                            + raw.getSimpleName() + ": make it int or long");
                }
                version = property;
            }
        }
        if (table && properties.stream().noneMatch(PropertyModel::id)) {
            throw new MappingException(type.getName() + " has no primary key: mark the key field with @Id"
                    + " (several @Id fields make a composite key)");
        }
        checkSoftDelete(type, properties);
    }

    /** A {@code @SoftDelete} field is one nullable timestamptz: NULL is live, a time is when it was deleted. */
    private static void checkSoftDelete(Class<?> type, List<PropertyModel> properties) {
        PropertyModel found = null;
        for (PropertyModel property : properties) {
            if (!property.softDelete()) {
                continue;
            }
            String field = "@SoftDelete field " + type.getName() + "." + property.name();
            if (found != null) {
                throw new MappingException(type.getName() + " has two @SoftDelete fields, " + found.name() + " and "
                        + property.name() + ": keep one");
            }
            if (property.rawType() != java.time.OffsetDateTime.class && property.rawType() != java.time.Instant.class) {
                throw new MappingException(field + " is " + property.rawType().getSimpleName()
                        + ": make it OffsetDateTime or Instant (a timestamptz column, NULL while the row is live)");
            }
            String declared = property.usage().declaredSqlType();
            if (declared != null && !declared.equalsIgnoreCase("timestamptz")
                    && !declared.equalsIgnoreCase("timestamp with time zone")) {
                throw new MappingException(field + " is declared as " + declared
                        + ": remove @Column(type = ...) or make it timestamptz");
            }
            if (property.id() || property.version() || !property.nullable()) {
                throw new MappingException(field + " must be a nullable data column (NULL means live): remove @Id,"
                        + " @Version or @Column(nullable = false) from it");
            }
            found = property;
        }
    }

    private static MethodHandle recordGetter(Class<?> type, Method accessor) {
        try {
            accessor.setAccessible(true);
            return LOOKUP.unreflect(accessor).asType(GETTER);
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw new MappingException("cannot read component " + accessor.getName() + " of " + type.getName()
                    + ": make the record accessible to Tusk", failure);
        }
    }

    private static MethodHandle[] fieldAccess(Class<?> type, Field field) {
        try {
            field.setAccessible(true);
            return new MethodHandle[] {LOOKUP.unreflectGetter(field).asType(GETTER),
                    LOOKUP.unreflectSetter(field).asType(SETTER)};
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw new MappingException("cannot access field " + field.getName() + " of " + type.getName()
                    + ": open its package to Tusk (module-info 'opens') or make it non-final", failure);
        }
    }
}
