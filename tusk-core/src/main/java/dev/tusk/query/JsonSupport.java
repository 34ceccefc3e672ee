package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import java.util.Collection;
import java.util.List;

/** Argument checks shared by the JSON and array column operators. */
final class JsonSupport {
    private JsonSupport() {
    }

    static List<String> keys(String... keys) {
        if (keys == null || keys.length == 0) {
            throw new ValidationException("at least one JSON key is needed");
        }
        for (String key : keys) {
            if (key == null) {
                throw new ValidationException("JSON keys must not be null");
            }
        }
        return List.of(keys);
    }

    static Object document(Object document) {
        if (document == null) {
            throw new ValidationException("a JSON document is needed, got null");
        }
        return document;
    }

    static <T> Collection<T> values(Collection<T> values, String operation) {
        if (values == null) {
            throw new ValidationException(operation + "(...) needs a collection, got null");
        }
        for (T value : values) {
            if (value == null) {
                throw new ValidationException(operation + "(...) values must not contain null");
            }
        }
        return values;
    }
}
