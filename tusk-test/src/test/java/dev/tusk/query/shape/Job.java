package dev.tusk.query.shape;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A queue row for the row-lock tests. */
@Table(name = "job")
public record Job(@Id Integer id, String state) {}
