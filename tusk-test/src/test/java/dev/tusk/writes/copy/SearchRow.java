package dev.tusk.writes.copy;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** tsvector, and a String declared uuid: both refused by binary COPY. */
@Table(name = "copy_search")
public record SearchRow(@Id int id, @Column(type = "tsvector") String words, @Column(type = "uuid") String key) {
}
