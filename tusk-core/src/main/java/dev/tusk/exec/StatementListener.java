package dev.tusk.exec;

/**
 * Observes statements phase by phase: rendered (SQL text built), executed (the server answered),
 * mapped (rows turned into objects), failed. Every hook has an empty default, so a listener
 * implements only what it needs. Hooks run on the calling thread and must be quick; an exception
 * thrown by a listener propagates to the caller.
 */
public interface StatementListener {

    /** SQL text and parameters are ready, nothing sent yet. */
    default void rendered(StatementEvent event) {
    }

    /** The statement ran; {@link StatementEvent#rowCount()} and {@link StatementEvent#executeNanos()} are set. */
    default void executed(StatementEvent event) {
    }

    /** The result was mapped; {@link StatementEvent#mapNanos()} is set. */
    default void mapped(StatementEvent event) {
    }

    /** The statement failed; {@code error} is the exception the caller will see. */
    default void failed(StatementEvent event, RuntimeException error) {
    }
}
