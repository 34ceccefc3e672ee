package dev.tusk;

import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;

/** An entity's identity in a session: its class and its key values, coerced to the key fields' types. */
record SessionKey(Class<?> type, List<Object> parts) {

    /** The key of an entity, or null when a key field is still null (a row not inserted yet). */
    static <T> SessionKey of(EntityModel<T> model, T entity) {
        List<Object> parts = new ArrayList<>(model.keys().size());
        for (PropertyModel key : model.keys()) {
            Object part = model.get(entity, key);
            if (part == null || key.isUnset(part)) {
                return null;
            }
            parts.add(part);
        }
        return new SessionKey(model.type(), List.copyOf(parts));
    }

    /** The key of an id argument ({@code 1L}, or {@code Key.of(a, b)}), checked like {@code db.find}'s. */
    static SessionKey ofId(EntityModel<?> model, Object id, String operation) {
        List<Object> given = id instanceof Key key ? key.parts() : List.of(id);
        if (given.size() != model.keys().size()) {
            throw new dev.tusk.exception.ValidationException("id of " + model.type().getSimpleName() + " has "
                    + model.keys().size() + " part(s), got " + given.size()
                    + (model.keys().size() > 1 ? ": pass Key.of(...) with one value per @Id field" : ""));
        }
        List<Object> parts = new ArrayList<>(given.size());
        for (int part = 0; part < given.size(); part++) {
            parts.add(KeyCoercion.coerce(given.get(part), model.keys().get(part), model.type().getSimpleName(),
                    operation));
        }
        return new SessionKey(model.type(), List.copyOf(parts));
    }
}
