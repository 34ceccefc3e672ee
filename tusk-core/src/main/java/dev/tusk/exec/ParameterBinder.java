package dev.tusk.exec;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.type.CodecRegistry;
import dev.tusk.type.GenericTypes;
import dev.tusk.type.TypeCodec;
import dev.tusk.type.TypeUsage;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Picks a codec for every parameter and validates every value before a connection is touched, so
 * bad input never reaches the server; then binds them.
 */
final class ParameterBinder {
    private ParameterBinder() {
    }

    @SuppressWarnings("unchecked")
    static TypeCodec<Object>[] prepare(Call call, CodecRegistry registry) {
        List<Object> values = call.statement().params();
        TypeCodec<Object>[] codecs = new TypeCodec[values.size()];
        for (int index = 0; index < codecs.length; index++) {
            Object value = values.get(index);
            TypeCodec<?> given = call.codecs() == null || index >= call.codecs().length ? null : call.codecs()[index];
            if (value == null) {
                codecs[index] = (TypeCodec<Object>) given;
                continue;
            }
            TypeCodec<Object> codec = (TypeCodec<Object>) (given != null ? given : forValue(value, registry, call, index));
            try {
                if (!call.validated() || given == null) {
                    codec.validate(value);
                }
            } catch (ValidationException invalid) {
                throw new ValidationException(describe(call, index) + ": " + invalid.reason(),
                        ErrorContext.of(call.entity(), call.operation()), invalid);
            }
            codecs[index] = codec;
        }
        return codecs;
    }

    static void bind(PreparedStatement statement, List<Object> values, TypeCodec<Object>[] codecs) throws SQLException {
        for (int index = 0; index < codecs.length; index++) {
            Object value = values.get(index);
            if (value == null) {
                if (codecs[index] != null) {
                    codecs[index].bindNull(statement, index + 1);
                } else {
                    statement.setNull(index + 1, java.sql.Types.NULL);
                }
            } else {
                codecs[index].bind(statement, index + 1, value);
            }
        }
    }

    private static TypeCodec<?> forValue(Object value, CodecRegistry registry, Call call, int index) {
        Type type = value.getClass();
        if (value instanceof Collection<?> collection) {
            type = GenericTypes.listOf(elementType(collection));
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()
                && map.keySet().iterator().next() instanceof String
                && map.values().stream().allMatch(element -> element == null || element instanceof String)) {
            type = GenericTypes.mapOf(String.class, String.class);
        }
        Type lookedUp = type;
        return registry.find(TypeUsage.of(type)).orElseThrow(() -> new ValidationException(describe(call, index)
                + ": no codec for " + lookedUp.getTypeName() + "; bind a supported type or register a CodecFactory",
                ErrorContext.of(call.entity(), call.operation()), null));
    }

    private static Class<?> elementType(Collection<?> collection) {
        for (Object element : collection) {
            if (element != null) {
                return element.getClass();
            }
        }
        return String.class;
    }

    private static String describe(Call call, int index) {
        String name = call.nameOf(index);
        return name == null ? "parameter " + (index + 1) : name;
    }
}
