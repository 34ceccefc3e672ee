package dev.tusk.query.analytics;

import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Pagila's film table, the columns the analytics tests read. */
@Table(name = "film")
public record Film(@Id @Generated Integer filmId,
                   String title,
                   String description,
                   Integer languageId,
                   Integer originalLanguageId,
                   Short rentalDuration,
                   BigDecimal rentalRate,
                   Short length,
                   BigDecimal replacementCost,
                   @Enumerated(type = "mpaa_rating") Rating rating,
                   OffsetDateTime lastUpdate) {}
