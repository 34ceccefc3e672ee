package dev.tusk.writes.copy;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A String declared as a PostgreSQL enum type Tusk does not know: sent as its label text. */
@Table(name = "copy_label")
public record MoodLabel(@Id int id, @Column(type = "copy_mood") String mood) {
}
