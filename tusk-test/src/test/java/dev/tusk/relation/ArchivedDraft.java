package dev.tusk.relation;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** Mapped, but its table is never created. */
@Table(name = "archived_draft")
public record ArchivedDraft(@Id long id, long draftId) {}
