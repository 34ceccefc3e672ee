package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.BitSet;
import java.util.Optional;

/** What the write paths work out from an entity's values: the columns an insert leaves to the database, the next version. */
final class EntityValues {
    private EntityValues() {
    }

    /** Slots an insert omits so the database fills them: {@code @Generated} or {@code @Default} fields left unset. */
    static BitSet leftToDatabase(EntityModel<?> model, Object[] values) {
        BitSet omitted = new BitSet();
        for (PropertyModel property : model.properties()) {
            if (property.databaseFills() && property.isUnset(values[property.slot()])) {
                omitted.set(property.slot());
            }
        }
        return omitted;
    }

    /**
     * The slots an update by key sets: the named fields, or with none every field but keys, the version,
     * generated columns and the {@code @SoftDelete} timestamp (which only softDelete and restore change,
     * so a stale copy cannot bring a deleted row back). Naming a key or the version is a {@link ValidationException}.
     */
    static BitSet columnsToSet(EntityModel<?> model, String[] fields, String operation) {
        BitSet set = new BitSet();
        if (fields.length == 0) {
            model.properties().stream().filter(property -> !property.id() && !property.version() && !property.generated() && !property.softDelete())
                    .forEach(property -> set.set(property.slot()));
            return set;
        }
        for (String field : fields) {
            PropertyModel property = model.property(field);
            if (property.id() || property.version()) {
                throw new ValidationException("cannot update " + (property.id() ? "key" : "version") + " field "
                        + property.name() + " of " + model.type().getSimpleName() + ": name only data fields",
                        ErrorContext.of(model.type(), operation), null);
            }
            set.set(property.slot());
        }
        return set;
    }

    /** The entity with its {@code @Version} one higher than in {@code values}: a new record, or the class changed in place. */
    static <T> T withNextVersion(EntityModel<T> model, T entity, Object[] values) {
        Optional<PropertyModel> version = model.version();
        if (version.isEmpty()) {
            return entity;
        }
        PropertyModel counter = version.get();
        Object[] changes = new Object[values.length];
        boolean[] changed = new boolean[values.length];
        changes[counter.slot()] = nextVersion(counter, values[counter.slot()]);
        changed[counter.slot()] = true;
        return model.with(entity, changes, changed);
    }

    /** {@code current + 1} in the counter's own type; a null counter counts as 0. */
    static Object nextVersion(PropertyModel counter, Object current) {
        long next = (current == null ? 0 : ((Number) current).longValue()) + 1;
        return counter.rawType() == int.class || counter.rawType() == Integer.class ? (Object) (int) next : (Object) next;
    }
}
