package dev.tusk.writes.copy;

/** A result shape, not a table entity: it cannot be copied. */
public record Unmapped(int id, String name) {
}
