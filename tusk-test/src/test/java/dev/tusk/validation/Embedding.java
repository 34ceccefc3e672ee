package dev.tusk.validation;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Vector;

/** A pgvector column: its checks fail before SQL, so the table (and the extension) need not exist. */
@Table(name = "val_embeddings")
public record Embedding(@Id long id, @Vector(dimensions = 3) float[] vector) {
}
