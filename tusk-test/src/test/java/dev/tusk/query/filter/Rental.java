package dev.tusk.query.filter;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.time.OffsetDateTime;

/** Pagila's rental table: timestamps, and a return date that is NULL while the film is out. */
@Table(name = "rental")
public record Rental(@Id @Generated Integer rentalId,
                     OffsetDateTime rentalDate,
                     Integer inventoryId,
                     Integer customerId,
                     OffsetDateTime returnDate,
                     Integer staffId,
                     OffsetDateTime lastUpdate) {}
