package dev.tusk.model;

import java.util.Map;

/** The zero of each primitive type, for fields with nothing to load. */
final class PrimitiveDefaults {
    private static final Map<Class<?>, Object> ZEROS = Map.of(
            boolean.class, false, byte.class, (byte) 0, short.class, (short) 0, int.class, 0,
            long.class, 0L, float.class, 0f, double.class, 0d, char.class, '\0');

    private PrimitiveDefaults() {
    }

    static Object of(Class<?> type) {
        return type.isPrimitive() ? ZEROS.get(type) : null;
    }
}
