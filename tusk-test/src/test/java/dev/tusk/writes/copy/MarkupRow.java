package dev.tusk.writes.copy;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** Strings declared as types whose binary input is their text: citext (an extension) and xml. */
@Table(name = "copy_markup")
public record MarkupRow(@Id int id, @Column(type = "citext") String nick, @Column(type = "xml") String markup) {
}
