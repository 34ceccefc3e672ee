package dev.tusk.writes.copy;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A field whose column the table lacks. */
@Table(name = "copy_ghost")
public record GhostColumn(@Id int id, String ghost) {
}
