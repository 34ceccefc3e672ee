package dev.tusk.query.filter;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A numbered row; table {@code qa_item}, filled with a long series by the membership tests. */
@Table(name = "qa_item")
public record Item(@Id Integer id, String label) {}
