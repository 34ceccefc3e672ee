package dev.tusk.session;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A child of {@link Region}; {@link Shelf} is its child. */
@Table(name = "s_store")
public record Store(@Id long id, @ForeignKey(references = Region.class) String regionCode, String name) {}
