package dev.tusk.event;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A record entity with an application-assigned key. */
@Table(name = "ev_note")
public record Note(@Id long id, String body) {}
