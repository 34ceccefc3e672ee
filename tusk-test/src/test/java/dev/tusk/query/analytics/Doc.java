package dev.tusk.query.analytics;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Vector;

/** A document with a pgvector embedding of three dimensions, for nearest-neighbour search. */
@Table(name = "doc")
public record Doc(@Id @Generated Long id, String title, @Vector(dimensions = 3) float[] embedding) {}
