package dev.tusk.event;

/** A registered handler; {@link #remove()} (or {@link #close()}) unregisters it. Idempotent. */
public interface Registration extends AutoCloseable {
    void remove();

    @Override
    default void close() {
        remove();
    }
}
