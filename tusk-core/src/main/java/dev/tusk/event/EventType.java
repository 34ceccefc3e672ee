package dev.tusk.event;

/**
 * When a handler runs. PRE handlers run before the entity is checked and any SQL is sent, and may
 * change a class instance in place; an exception from one aborts the write. POST handlers see the
 * entity as written (generated keys and defaults filled in). SAVE fires for every write of a whole
 * entity (insert, update, save, upsert and their bulk forms), around the INSERT or UPDATE events.
 */
public enum EventType {
    PRE_INSERT, POST_INSERT,
    PRE_UPDATE, POST_UPDATE,
    PRE_DELETE, POST_DELETE,
    PRE_SAVE, POST_SAVE,
    POST_LOAD;

    /** Whether handlers of this type run before the write. */
    public boolean isPre() {
        return this == PRE_INSERT || this == PRE_UPDATE || this == PRE_DELETE || this == PRE_SAVE;
    }
}
