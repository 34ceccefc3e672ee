package dev.tusk.query.filter;

import dev.tusk.annotation.EnumLabel;

/** Pagila's {@code mpaa_rating} enum; two labels are not Java names. */
public enum Rating { G, PG, @EnumLabel("PG-13") PG_13, R, @EnumLabel("NC-17") NC_17 }
