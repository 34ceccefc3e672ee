package dev.tusk.query.shape;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A million rows to stream. */
@Table(name = "line")
public record Line(@Id Integer id, String body) {}
