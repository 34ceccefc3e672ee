package dev.tusk.query.analytics;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.time.OffsetDateTime;

/** Pagila's actor table. */
@Table(name = "actor")
public record Actor(@Id Integer actorId, String firstName, String lastName, OffsetDateTime lastUpdate) {}
