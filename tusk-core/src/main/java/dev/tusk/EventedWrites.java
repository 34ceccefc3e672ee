package dev.tusk;

import dev.tusk.event.EventType;
import dev.tusk.exec.Executor;
import dev.tusk.model.EntityModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wraps entity writes in their lifecycle events when a handler would see them: PRE_SAVE then the
 * PRE event of the write, the write, then its POST event then POST_SAVE, all in one transaction
 * (the caller's, or one opened for it) so that handlers' own work and the write stand or fall
 * together. Without a matching handler the write runs as it is, at the cost of one volatile read.
 */
final class EventedWrites {
    /** The write kinds and their events: {pre, post}. */
    enum Kind {
        INSERT(EventType.PRE_INSERT, EventType.POST_INSERT),
        UPDATE(EventType.PRE_UPDATE, EventType.POST_UPDATE),
        DELETE(EventType.PRE_DELETE, EventType.POST_DELETE),
        /** A whole-entity write that is neither known to insert nor to update (an upsert). */
        SAVE(null, null);

        private final EventType pre;
        private final EventType post;

        Kind(EventType pre, EventType post) {
            this.pre = pre;
            this.post = post;
        }

        boolean saves() {
            return this != DELETE;
        }
    }

    private final Events events;
    private final Executor executor;

    EventedWrites(Events events, Executor executor) {
        this.events = events;
        this.executor = executor;
    }

    Events events() {
        return events;
    }

    /** One entity written by {@code work}, which returns the entity as written. */
    <T> T one(Kind kind, T entity, String operation, Supplier<T> work) {
        if (!events.any() || entity == null || !handled(kind, entity.getClass())) {
            return work.get();
        }
        return executor.inTransaction(inside -> {
            before(kind, entity, operation);
            T written = work.get();
            after(kind, written, operation);
            return written;
        });
    }

    /** One entity deleted by {@code work}, which says whether a row went; POST_DELETE only then. */
    boolean delete(Object entity, String operation, Supplier<Boolean> work) {
        if (!events.any() || entity == null || !handled(Kind.DELETE, entity.getClass())) {
            return work.get();
        }
        return executor.inTransaction(inside -> {
            events.fire(EventType.PRE_DELETE, entity, operation);
            boolean deleted = work.get();
            if (deleted) {
                events.fire(EventType.POST_DELETE, entity, operation);
            }
            return deleted;
        });
    }

    /** {@code save}: the INSERT or UPDATE events when the key state tells which, else SAVE only. */
    <T> T save(T entity, Supplier<T> work) {
        if (!events.any() || entity == null) {
            return work.get();
        }
        @SuppressWarnings("unchecked")
        Kind kind = switch (SaveRoute.of(EntityModel.of((Class<T>) entity.getClass()), entity)) {
            case INSERT -> Kind.INSERT;
            case UPDATE -> Kind.UPDATE;
            case UPSERT -> Kind.SAVE;
        };
        return one(kind, entity, "save", work);
    }

    /** Many entities written by one bulk {@code work}: every PRE event first, every POST after. */
    <T> List<T> all(Kind kind, List<T> entities, String operation, Supplier<List<T>> work) {
        if (!events.any() || entities == null || entities.isEmpty() || !anyHandled(kind, entities)) {
            return work.get();
        }
        return executor.inTransaction(inside -> {
            for (T entity : entities) {
                before(kind, entity, operation);
            }
            List<T> written = work.get();
            for (T entity : written) {
                after(kind, entity, operation);
            }
            return written;
        });
    }

    /** upsertAll: PRE_SAVE per row, then POST_INSERT or POST_UPDATE and POST_SAVE per row written (none when skipped). */
    <T> List<Upserted<T>> upserts(List<T> entities, String operation, Supplier<List<Upserted<T>>> work) {
        if (!events.any() || entities == null || entities.isEmpty() || !anyHandled(Kind.SAVE, entities)) {
            return work.get();
        }
        return executor.inTransaction(inside -> {
            events.fireAll(EventType.PRE_SAVE, entities, operation);
            List<Upserted<T>> results = work.get();
            for (Upserted<T> result : results) {
                if (!result.skipped()) {
                    events.fire(result.inserted() ? EventType.POST_INSERT : EventType.POST_UPDATE, result.entity(),
                            operation);
                    events.fire(EventType.POST_SAVE, result.entity(), operation);
                }
            }
            return results;
        });
    }

    private void before(Kind kind, Object entity, String operation) {
        if (kind.saves()) {
            events.fire(EventType.PRE_SAVE, entity, operation);
        }
        if (kind.pre != null) {
            events.fire(kind.pre, entity, operation);
        }
    }

    private void after(Kind kind, Object entity, String operation) {
        if (kind.post != null) {
            events.fire(kind.post, entity, operation);
        }
        if (kind.saves()) {
            events.fire(EventType.POST_SAVE, entity, operation);
        }
    }

    private boolean handled(Kind kind, Class<?> type) {
        return kind.saves()
                ? events.handles(type, EventType.PRE_SAVE, EventType.POST_SAVE, EventType.PRE_INSERT,
                        EventType.POST_INSERT, EventType.PRE_UPDATE, EventType.POST_UPDATE)
                : events.handles(type, EventType.PRE_DELETE, EventType.POST_DELETE);
    }

    private boolean anyHandled(Kind kind, List<?> entities) {
        for (Object entity : entities) {
            if (entity != null && handled(kind, entity.getClass())) {
                return true;
            }
        }
        return false;
    }
}
