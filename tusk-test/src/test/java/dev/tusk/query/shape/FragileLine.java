package dev.tusk.query.shape;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A view that divides by zero on the row with id 5000: the server fails in the middle of the result. */
@Table(name = "fragile_line")
public record FragileLine(@Id Integer id, Integer ratio) {}
