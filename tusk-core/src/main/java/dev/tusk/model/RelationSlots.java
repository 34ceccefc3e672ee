package dev.tusk.model;

import dev.tusk.annotation.ManyToMany;
import dev.tusk.annotation.ManyToOne;
import dev.tusk.annotation.OneToMany;
import dev.tusk.exception.MappingException;
import dev.tusk.exception.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads the relation slots of an entity ({@code @ManyToOne}, {@code @OneToMany},
 * {@code @ManyToMany}) into {@link RelationModel}s. Which fields they name on the other side is
 * checked when the relation is first used (the target's model may not exist yet here).
 */
final class RelationSlots {
    private RelationSlots() {
    }

    /** Whether the element is a relation slot: it holds loaded entities, not a column. */
    static boolean isSlot(AnnotatedElement element) {
        return element.isAnnotationPresent(ManyToOne.class) || element.isAnnotationPresent(OneToMany.class)
                || element.isAnnotationPresent(ManyToMany.class);
    }

    static RelationModel read(Class<?> owner, String ownerTable, AnnotatedElement element, String name,
                              Class<?> rawType, Type genericType, MethodHandle getter, MethodHandle setter,
                              int component) {
        ManyToOne manyToOne = element.getAnnotation(ManyToOne.class);
        if (manyToOne != null) {
            String by = manyToOne.by().isEmpty() ? name + "Id" : manyToOne.by();
            return new RelationModel(name, RelationModel.RelationKind.MANY_TO_ONE, rawType, by, null, null, null, null,
                    getter, setter, component);
        }
        Class<?> target = elementType(owner, name, rawType, genericType);
        OneToMany oneToMany = element.getAnnotation(OneToMany.class);
        if (oneToMany != null) {
            return new RelationModel(name, RelationModel.RelationKind.ONE_TO_MANY, target, oneToMany.mappedBy(), null,
                    null, null, null, getter, setter, component);
        }
        ManyToMany manyToMany = element.getAnnotation(ManyToMany.class);
        String[] qualified = manyToMany.joinTable().split("\\.", -1);
        if (qualified.length > 2 || manyToMany.joinTable().isBlank()) {
            throw new MappingException("@ManyToMany(joinTable = \"" + manyToMany.joinTable() + "\") on " + owner.getName()
                    + "." + name + ": give the junction table as name or schema.name");
        }
        String joinSchema = qualified.length == 2 ? qualified[0] : null;
        String joinTable = qualified[qualified.length - 1];
        String targetTable = Naming.tableOf(target);
        String joinColumn = manyToMany.joinColumn().isEmpty() ? ownerTable + "_id" : manyToMany.joinColumn();
        String inverse = manyToMany.inverseJoinColumn().isEmpty() ? targetTable + "_id" : manyToMany.inverseJoinColumn();
        try {
            for (String identifier : new String[] {joinTable, joinColumn, inverse}) {
                Identifier.requireFits(identifier, "@ManyToMany on " + owner.getSimpleName() + "." + name);
            }
            if (joinSchema != null) {
                Identifier.requireFits(joinSchema, "@ManyToMany on " + owner.getSimpleName() + "." + name);
            }
        } catch (ValidationException bad) {
            throw new MappingException(bad.reason() + ": fix @ManyToMany on " + owner.getName() + "." + name);
        }
        return new RelationModel(name, RelationModel.RelationKind.MANY_TO_MANY, target, null, joinSchema, joinTable,
                joinColumn, inverse, getter, setter, component);
    }

    /** The element class of a to-many slot, which must be declared {@code List<Target>}. */
    private static Class<?> elementType(Class<?> owner, String name, Class<?> rawType, Type genericType) {
        if (rawType == List.class && genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new MappingException(owner.getName() + "." + name + " is a to-many relation slot, so it must be declared"
                + " List<Target> (null: not loaded, empty: none), not " + genericType.getTypeName());
    }
}
