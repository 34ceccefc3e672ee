package dev.tusk.mapping;

/**
 * Told about every table entity a row mapper makes (the POST_LOAD event), on the thread that reads
 * the rows. Set on {@link EntityPlans#onLoad}; an exception it throws fails the read.
 */
@FunctionalInterface
public interface LoadHook {
    void loaded(Object entity);
}
