package dev.tusk;

import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.Optional;

/**
 * What {@code save} does with an entity, decided by its key state: with a generated key, a null
 * key inserts and a set key updates; with a {@code @Version}, version 0 (or null) inserts and any
 * other updates; otherwise it is an upsert on the primary key.
 */
enum SaveRoute {
    INSERT, UPDATE, UPSERT;

    static <T> SaveRoute of(EntityModel<T> model, T entity) {
        boolean generatedKey = false;
        for (PropertyModel key : model.keys()) {
            if (key.generated()) {
                generatedKey = true;
                if (key.isUnset(model.get(entity, key))) {
                    return INSERT;
                }
            }
        }
        if (generatedKey) {
            return UPDATE;
        }
        Optional<PropertyModel> version = model.version();
        if (version.isPresent()) {
            Object current = model.get(entity, version.get());
            return current == null || ((Number) current).longValue() == 0 ? INSERT : UPDATE;
        }
        return UPSERT;
    }
}
