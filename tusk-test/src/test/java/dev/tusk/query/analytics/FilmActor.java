package dev.tusk.query.analytics;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.time.OffsetDateTime;

/** Pagila's film_actor join table. */
@Table(name = "film_actor")
public record FilmActor(@Id Integer actorId, @Id Integer filmId, OffsetDateTime lastUpdate) {}
