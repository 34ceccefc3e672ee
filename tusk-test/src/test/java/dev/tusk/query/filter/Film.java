package dev.tusk.query.filter;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Default;
import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Pagila's film table, for the filter tests. */
@Table(name = "film")
public record Film(@Id @Generated Integer filmId,
                   String title,
                   String description,
                   Integer releaseYear,
                   Integer languageId,
                   Integer originalLanguageId,
                   @Default("3") Short rentalDuration,
                   @Default("4.99") BigDecimal rentalRate,
                   Short length,
                   @Default("19.99") BigDecimal replacementCost,
                   @Enumerated(type = "mpaa_rating") Rating rating,
                   @Default("now()") OffsetDateTime lastUpdate,
                   List<String> specialFeatures,
                   @Column(type = "tsvector") @Default("''") String fulltext) {}
