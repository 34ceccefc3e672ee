package dev.tusk.query.analytics;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A row of the recursive CTE {@code series(n)}: no table of that name exists, only the CTE. */
@Table(name = "series")
public record Step(@Id Integer n) {}
