package dev.tusk.query.analytics;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.time.OffsetDateTime;

/** Pagila's inventory table: one row per copy of a film in a store. */
@Table(name = "inventory")
public record Inventory(@Id Integer inventoryId, Integer filmId, Integer storeId, OffsetDateTime lastUpdate) {}
