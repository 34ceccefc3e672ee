package dev.tusk.type;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Generic types made at run time ({@code List<Long>}, {@code Map<String, String>}), for asking the
 * registry for a codec when only the element type is known.
 */
public final class GenericTypes {
    private GenericTypes() {
    }

    public static ParameterizedType listOf(Type element) {
        return new Parameterized(List.class, element);
    }

    public static ParameterizedType mapOf(Type key, Type value) {
        return new Parameterized(Map.class, key, value);
    }

    /** A parameterized type with no owner. */
    private record Parameterized(Class<?> raw, Type... arguments) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public String getTypeName() {
            return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName).toList().toString()
                    .replace('[', '<').replace(']', '>');
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType type && type.getOwnerType() == null && raw.equals(type.getRawType())
                    && Arrays.equals(arguments, type.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ raw.hashCode();
        }
    }

    /** The wrapper class of a primitive type ({@code int} to {@code Integer}); any other class as it is. */
    public static Class<?> boxed(Class<?> type) {
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
