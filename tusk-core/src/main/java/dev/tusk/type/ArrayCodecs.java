package dev.tusk.type;

import dev.tusk.exception.MappingException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * Resolves container types to {@link ArrayCodec}s: {@code List<T>}, {@code T[]} and the primitive
 * arrays ({@code byte[]} stays bytea), asking the registry for the element's codec with the
 * element's part of the usage (a declared {@code text[]} gives the element {@code text}; an
 * {@code @Enumerated} type applies to the elements). The registry only comes here when no SQL type
 * or an array type is declared.
 */
final class ArrayCodecs {
    private ArrayCodecs() {
    }

    /** The array codec for a container usage; empty when the type is no container or its element is unmapped. */
    static Optional<TypeCodec<?>> resolve(TypeUsage usage, CodecRegistry registry) {
        Type javaType = usage.javaType();
        if (javaType instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return element(usage, generic.getActualTypeArguments()[0], registry).map(ArrayCodec::listOf);
        }
        if (!(javaType instanceof Class<?> type) || !type.isArray() || type == byte[].class) {
            return Optional.empty();
        }
        ArrayShape<?, ?> primitive = ArrayShape.primitive(type);
        if (primitive != null) {
            return element(usage, ArrayShape.boxedComponent(type), registry).map(codec -> of(codec, primitive));
        }
        Class<?> component = type.getComponentType();
        return element(usage, component, registry).map(codec -> of(codec, ArrayShape.objectArray(component)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeCodec<?> of(TypeCodec<?> element, ArrayShape<?, ?> shape) {
        return new ArrayCodec(element, shape);
    }

    /** {@code text} for a declared {@code text[]} or {@code _text}; null when nothing is declared. */
    private static String elementTypeOf(String declaredArrayType) {
        if (declaredArrayType == null) {
            return null;
        }
        String trimmed = declaredArrayType.trim();
        return trimmed.startsWith("_") ? trimmed.substring(1) : trimmed.substring(0, trimmed.length() - 2).trim();
    }

    private static Optional<TypeCodec<?>> element(TypeUsage usage, Type elementType, CodecRegistry registry) {
        String elementDeclared = elementTypeOf(usage.declaredSqlType());
        TypeUsage elementUsage = new TypeUsage(elementType, elementDeclared, false, usage.enumType(), 0);
        Optional<TypeCodec<?>> element = registry.find(elementUsage);
        if (element.isPresent() && element.get().sqlType().endsWith("[]")) {
            throw new MappingException("the Java type " + usage.javaType().getTypeName() + " is a container of"
                    + " containers; Tusk maps one-dimensional PostgreSQL arrays only: use @Json, or a flat list");
        }
        return element;
    }
}
