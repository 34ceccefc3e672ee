package dev.tusk;

import dev.tusk.annotation.ForeignKey;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;

/**
 * The order a session writes entity types in: a type whose {@code @ForeignKey} fields reference
 * another entity type ranks above it, so parents are inserted before their children and children
 * deleted before their parents. Self-references and cycles do not raise a rank; rows of one type
 * keep the order they were added in.
 */
final class FlushOrder {
    private static final ClassValue<Integer> RANKS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return rank(type, new HashSet<>());
        }
    };

    private FlushOrder() {
    }

    /** 0 for a type that references no other entity type, else one more than the highest type it references. */
    static int rank(Class<?> type) {
        return RANKS.get(type);
    }

    private static int rank(Class<?> type, Set<Class<?>> visiting) {
        if (!visiting.add(type)) {
            return 0;
        }
        int highest = -1;
        for (Class<?> referenced : referencedTypes(type)) {
            if (referenced != type && !visiting.contains(referenced)) {
                highest = Math.max(highest, rank(referenced, visiting));
            }
        }
        visiting.remove(type);
        return highest + 1;
    }

    private static Set<Class<?>> referencedTypes(Class<?> type) {
        Set<Class<?>> referenced = new HashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                ForeignKey key = component.getAnnotation(ForeignKey.class);
                if (key != null) {
                    referenced.add(key.references());
                }
            }
            return referenced;
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                ForeignKey key = field.getAnnotation(ForeignKey.class);
                if (key != null) {
                    referenced.add(key.references());
                }
            }
        }
        return referenced;
    }
}
