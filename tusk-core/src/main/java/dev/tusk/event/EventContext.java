package dev.tusk.event;

import dev.tusk.Operations;

/**
 * What a handler is told besides the entity: which event, for which entity class, during which
 * operation ({@code insert}, {@code insertAll}, {@code find}...), and the operations to do more
 * work with. Write handlers run inside the write's transaction, so work done through
 * {@link #operations()} commits or rolls back with it.
 *
 * @param type       the event
 * @param entityType the entity's class
 * @param operation  the operation that fired it
 * @param operations the database, joined to the running transaction on this thread
 */
public record EventContext(EventType type, Class<?> entityType, String operation, Operations operations) {}
