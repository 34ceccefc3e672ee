package dev.tusk.writes.copy;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.util.List;

/** Maps integer and text[] fields onto a table whose columns are bigint and integer[]. */
@Table(name = "copy_width")
public record WidthMismatch(@Id int id, int amount, List<String> codes) {
}
