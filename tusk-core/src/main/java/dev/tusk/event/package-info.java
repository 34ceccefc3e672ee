/**
 * Lifecycle events: handlers registered with {@code db.events().on(type, Entity.class, handler)}
 * run before and after entity writes (inside the write's transaction) and after entities are
 * loaded. See {@link dev.tusk.Events}.
 */
package dev.tusk.event;
