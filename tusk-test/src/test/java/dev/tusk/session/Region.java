package dev.tusk.session;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A parent with an application-assigned key. */
@Table(name = "s_region")
public record Region(@Id String code, String name) {}
