package dev.tusk.query.shape;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** Rows for keyset pagination: {@code priority} repeats, so the key must break ties. */
@Table(name = "ticket")
public record Ticket(@Id Long id, int priority, String title) {}
