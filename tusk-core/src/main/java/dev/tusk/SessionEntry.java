package dev.tusk;

import dev.tusk.mapping.EntityPlan;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entity a session tracks: its current instance, what it looks like in the database (a
 * snapshot taken when it was read or written), and whether it waits to be inserted or deleted.
 * Mutable values (lists, maps, arrays, JSON objects) are snapshotted in their codec's text form,
 * so a change made in place inside them is seen too.
 */
final class SessionEntry<T> {
    enum State { NEW, MANAGED, DELETED }

    private final EntityPlan<T> plan;
    private T entity;
    private Object[] snapshot;
    private State state;

    SessionEntry(EntityPlan<T> plan, T entity, State state) {
        this.plan = plan;
        this.entity = entity;
        this.state = state;
        if (state == State.MANAGED) {
            snapshot = comparable(model().values(entity));
        }
    }

    EntityModel<T> model() {
        return plan.model();
    }

    T entity() {
        return entity;
    }

    State state() {
        return state;
    }

    void markDeleted() {
        state = State.DELETED;
    }

    /** The entity as just read from or written to the database: it becomes the clean state. */
    void stored(T fresh) {
        entity = fresh;
        state = State.MANAGED;
        snapshot = comparable(model().values(fresh));
    }

    /** A replacement instance (a changed record); its changes show at the next flush. */
    void replace(T replacement) {
        entity = replacement;
    }

    /** The entity's key as the identity map holds it. */
    SessionKey key() {
        return SessionKey.of(model(), entity);
    }

    /**
     * The fields whose values differ from the snapshot, leaving out the {@code @Version} counter;
     * every non-key field for an entity attached without a snapshot.
     *
     * @throws IllegalStateException when a key field changed
     */
    List<String> changedFields() {
        Object[] now = comparable(model().values(entity));
        List<String> changed = new ArrayList<>();
        for (PropertyModel property : model().properties()) {
            boolean differs = snapshot == null || !Objects.deepEquals(now[property.slot()], snapshot[property.slot()]);
            if (!differs || property.version()) {
                continue;
            }
            if (property.id()) {
                if (snapshot != null) {
                    throw new IllegalStateException(model().type().getSimpleName() + "." + property.name()
                            + " changed on an entity the session tracks; a key cannot change: delete the entity and"
                            + " add a new one");
                }
                continue;
            }
            changed.add(property.name());
        }
        return changed;
    }

    /** Marks the entity as attached without knowing its stored state: the next flush writes every field. */
    void forgetSnapshot() {
        snapshot = null;
    }

    private Object[] comparable(Object[] values) {
        Object[] forms = new Object[values.length];
        for (PropertyModel property : model().properties()) {
            Object value = values[property.slot()];
            forms[property.slot()] = value == null || immutable(value) ? value : plan.codec(property).format(value);
        }
        return forms;
    }

    private static boolean immutable(Object value) {
        return value instanceof String || value instanceof Number && !(value instanceof java.util.concurrent.atomic.AtomicLong)
                && !(value instanceof java.util.concurrent.atomic.AtomicInteger)
                || value instanceof Boolean || value instanceof Character || value instanceof Enum<?>
                || value instanceof TemporalAccessor || value instanceof Duration || value instanceof UUID;
    }
}
