package dev.tusk.validation;

import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.Violation;
import java.util.List;

/** Stands in for a Jakarta provider that was found but failed to start: every check throws why. */
final class UnusableProvider implements EntityValidator {
    private final ConfigurationException failure;

    UnusableProvider(ConfigurationException failure) {
        this.failure = failure;
    }

    @Override
    public List<Violation> validate(Object entity) {
        throw rethrown();
    }

    @Override
    public List<Violation> validateProperties(Object entity, List<String> properties) {
        throw rethrown();
    }

    @Override
    public List<Violation> validateValue(Class<?> type, String property, Object value) {
        throw rethrown();
    }

    /** A fresh exception per call (its stack shows the write), caused by the original failure. */
    private ConfigurationException rethrown() {
        return new ConfigurationException(failure.reason(), failure.getCause());
    }
}
