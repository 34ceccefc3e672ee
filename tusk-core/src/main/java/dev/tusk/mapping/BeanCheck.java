package dev.tusk.mapping;

import dev.tusk.model.PropertyModel;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link dev.tusk.validation.EntityValidator} (Jakarta Validation) checks of one write, next
 * to the mapping checks of the values written.
 */
public sealed interface BeanCheck {

    /** Nothing: the write has no entity (a bulk path that checked it already, a raw value). */
    static BeanCheck none() {
        return Nothing.INSTANCE;
    }

    /** The whole entity, class constraints included: inserts, saves, upserts, updates of every column. */
    static BeanCheck entity(Object entity) {
        return new WholeEntity(Objects.requireNonNull(entity, "entity"));
    }

    /** Only these properties of the entity: an update of named columns leaves the others as stored. */
    static BeanCheck properties(Object entity, List<PropertyModel> properties) {
        return new Properties(Objects.requireNonNull(entity, "entity"), List.copyOf(properties));
    }

    /** Checks nothing. */
    enum Nothing implements BeanCheck {
        INSTANCE
    }

    /** @param entity the entity as the caller passed it */
    record WholeEntity(Object entity) implements BeanCheck {
    }

    /** @param entity the entity; @param properties the properties written */
    record Properties(Object entity, List<PropertyModel> properties) implements BeanCheck {
    }
}
