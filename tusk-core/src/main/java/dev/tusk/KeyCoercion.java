package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.model.PropertyModel;
import dev.tusk.type.GenericTypes;

/** Checks an id part against its {@code @Id} field's type; widens integral numbers that fit. */
final class KeyCoercion {
    private KeyCoercion() {
    }

    static Object coerce(Object part, PropertyModel key, String entity, String operation) {
        Class<?> target = GenericTypes.boxed(key.rawType());
        if (target.isInstance(part)) {
            return part;
        }
        if (part instanceof Number number && (part instanceof Integer || part instanceof Long || part instanceof Short)) {
            long value = number.longValue();
            if (target == Long.class) {
                return value;
            }
            if (target == Integer.class && value == (int) value) {
                return (int) value;
            }
            if (target == Short.class && value == (short) value) {
                return (short) value;
            }
        }
        throw new ValidationException("id part " + key.name() + " of " + entity + " is a " + target.getSimpleName()
                + ", got " + part.getClass().getSimpleName() + " " + part, ErrorContext.of(null, operation), null);
    }
}
