package dev.tusk;

import dev.tusk.event.EventContext;
import dev.tusk.event.EventHandler;
import dev.tusk.event.EventType;
import dev.tusk.event.Registration;
import dev.tusk.exception.ValidationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The lifecycle event handlers of one database ({@code db.events()}). Handlers for an entity class
 * also see its subclasses; handlers registered without a class see every entity. They run in
 * registration order, on the thread doing the work; write handlers run inside the write's
 * transaction (one is opened when the write has none), so a handler's own writes commit or roll
 * back with it, and an exception from any handler rolls the write back and reaches the caller.
 *
 * <pre>{@code
 * Registration audit = db.events().on(EventType.POST_INSERT, Order.class,
 *         (order, event) -> event.operations().insert(new AuditEntry(null, "order " + order.id())));
 * audit.remove();
 * }</pre>
 *
 * <p>Which operations fire which events: see docs/transactions.md ("Events").
 */
public final class Events {
    private final Map<EventType, List<Listener>> listeners = new EnumMap<>(EventType.class);
    private volatile Operations operations;
    private volatile boolean any;

    private record Listener(Class<?> entity, EventHandler<Object> handler) {}

    Events() {
        for (EventType type : EventType.values()) {
            listeners.put(type, new CopyOnWriteArrayList<>());
        }
    }

    /**
     * Runs {@code handler} on {@code type} events of {@code entity} (and its subclasses).
     *
     * @throws ValidationException when an argument is null
     */
    @SuppressWarnings("unchecked")
    public <T> Registration on(EventType type, Class<T> entity, EventHandler<? super T> handler) {
        require(type, "type");
        require(entity, "entity");
        require(handler, "handler");
        return add(type, new Listener(entity, (EventHandler<Object>) handler));
    }

    /** Runs {@code handler} on {@code type} events of every entity. */
    public Registration on(EventType type, EventHandler<Object> handler) {
        require(type, "type");
        require(handler, "handler");
        return add(type, new Listener(Object.class, handler));
    }

    private Registration add(EventType type, Listener listener) {
        List<Listener> ofType = listeners.get(type);
        ofType.add(listener);
        any = true;
        return () -> {
            ofType.remove(listener);
            any = listeners.values().stream().anyMatch(list -> !list.isEmpty());
        };
    }

    /** The operations handlers are given: the database, set once it exists. */
    void operations(Operations database) {
        this.operations = database;
    }

    /** Whether any handler is registered at all: the cheap check on every operation. */
    boolean any() {
        return any;
    }

    /** Whether a handler of one of {@code types} would see {@code entity}. */
    boolean handles(Class<?> entity, EventType... types) {
        if (!any) {
            return false;
        }
        for (EventType type : types) {
            for (Listener listener : listeners.get(type)) {
                if (listener.entity().isAssignableFrom(entity)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs the handlers of {@code type} that see {@code entity}'s class, in registration order. */
    void fire(EventType type, Object entity, String operation) {
        if (!any || entity == null) {
            return;
        }
        List<Listener> ofType = listeners.get(type);
        if (ofType.isEmpty()) {
            return;
        }
        EventContext context = null;
        for (Listener listener : ofType) {
            if (listener.entity().isAssignableFrom(entity.getClass())) {
                if (context == null) {
                    context = new EventContext(type, entity.getClass(), operation, operations);
                }
                listener.handler().handle(entity, context);
            }
        }
    }

    /** {@link #fire} for each entity. */
    void fireAll(EventType type, List<?> entities, String operation) {
        if (!any) {
            return;
        }
        for (Object entity : entities) {
            fire(type, entity, operation);
        }
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new ValidationException("events().on(...): " + name + " must not be null");
        }
    }
}
