package dev.tusk.session;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A grandchild: three levels of foreign keys. */
@Table(name = "s_shelf")
public record Shelf(@Id long id, @ForeignKey(references = Store.class) long storeId, String label) {}
