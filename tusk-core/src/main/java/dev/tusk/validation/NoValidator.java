package dev.tusk.validation;

import dev.tusk.exception.Violation;
import java.util.List;

/** The validator that finds nothing: no provider on the class path, or validation turned off. */
enum NoValidator implements EntityValidator {
    INSTANCE;

    @Override
    public List<Violation> validate(Object entity) {
        return List.of();
    }

    @Override
    public List<Violation> validateProperties(Object entity, List<String> properties) {
        return List.of();
    }

    @Override
    public List<Violation> validateValue(Class<?> type, String property, Object value) {
        return List.of();
    }

    @Override
    public String toString() {
        return "no entity validation";
    }
}
