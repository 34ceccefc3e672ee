package dev.tusk.writes.copy;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.util.List;

/** A list of strings: its binary array names the column's element type (text, or varchar). */
@Table(name = "copy_words")
public record WordList(@Id int id, List<String> words) {
}
