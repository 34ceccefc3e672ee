package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The select lists a query sends: the entity's columns (only/defer applied), or those a result shape names. */
final class Projections {
    private Projections() {
    }

    /** The entity's columns in table order, minus deferred ones (or only the listed ones plus the key), then annotations. */
    static List<Selection> entitySelections(Class<?> entity, QueryState state) {
        EntityModel<?> model = EntityModel.of(entity);
        for (String name : state.only()) {
            model.property(name);
        }
        for (String name : state.deferred()) {
            if (model.property(name).id()) {
                throw new ValidationException("cannot defer key field " + name + " of " + entity.getSimpleName());
            }
        }
        List<Selection> selections = new ArrayList<>();
        for (PropertyModel property : model.properties()) {
            boolean wanted = state.only().isEmpty() || property.id() || state.only().contains(property.name())
                    || state.only().contains(property.column());
            boolean deferred = state.deferred().contains(property.name()) || state.deferred().contains(property.column());
            if (wanted && !deferred) {
                selections.add(new Selection(new Expr.Column(entity, property.name(), null), property.column()));
            }
        }
        selections.addAll(state.annotations());
        return selections;
    }

    /** One selection per field of {@code shape}: an annotation alias, else the entity column of that name. */
    static List<Selection> selectionsFor(Class<?> shape, Class<?> entity, List<Selection> annotations) {
        EntityModel<?> model = EntityModel.of(entity);
        Map<String, Selection> byAlias = new LinkedHashMap<>();
        for (Selection annotation : annotations) {
            byAlias.put(annotation.alias(), annotation);
        }
        List<Selection> selections = new ArrayList<>();
        for (String name : fieldNames(shape)) {
            Selection annotated = byAlias.get(name);
            if (annotated == null) {
                annotated = byAlias.get(dev.tusk.model.Naming.snakeCase(name));
            }
            if (annotated != null) {
                selections.add(annotated);
                continue;
            }
            PropertyModel property = model.find(name).orElseThrow(() -> new ValidationException("into("
                    + shape.getSimpleName() + "): field " + name + " is neither a field of " + entity.getSimpleName()
                    + " nor an annotation alias " + byAlias.keySet()));
            selections.add(new Selection(new Expr.Column(entity, property.name(), null), property.column()));
        }
        return selections;
    }

    private static List<String> fieldNames(Class<?> shape) {
        List<String> names = new ArrayList<>();
        if (shape.isRecord()) {
            for (RecordComponent component : shape.getRecordComponents()) {
                names.add(component.getName());
            }
            return names;
        }
        for (Class<?> type = shape; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    /** One column alone, labelled by its column name (for {@code pluck}). */
    static Selection single(Class<?> entity, PropertyModel property) {
        return new Selection(new Expr.Column(entity, property.name(), null), property.column());
    }

    /** The value of one property of each entity, in order. */
    @SuppressWarnings("unchecked")
    static <T, V> List<V> values(Class<T> entity, PropertyModel property, List<T> loaded) {
        EntityModel<T> model = EntityModel.of(entity);
        List<V> values = new ArrayList<>(loaded.size());
        for (T item : loaded) {
            values.add((V) model.get(item, property));
        }
        return values;
    }
}
