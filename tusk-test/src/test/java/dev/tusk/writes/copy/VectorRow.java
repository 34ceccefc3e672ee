package dev.tusk.writes.copy;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Vector;

/** A pgvector column. */
@Table(name = "copy_vectors")
public record VectorRow(@Id int id, @Vector(dimensions = 3) float[] embedding) {
}
