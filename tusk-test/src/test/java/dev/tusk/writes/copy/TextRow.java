package dev.tusk.writes.copy;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A text value and nothing else. */
@Table(name = "copy_text")
public record TextRow(@Id int id, String body) {
}
