package dev.tusk.event;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** What the handlers in the tests write: one row per event seen. */
@Table(name = "ev_audit")
public record AuditEntry(@Id @Generated Long id, String what) {}
