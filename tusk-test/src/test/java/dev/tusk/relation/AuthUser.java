package dev.tusk.relation;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.util.UUID;

/** A table in another schema. */
@Table(schema = "auth", name = "users")
public record AuthUser(@Id UUID id, String email) {}
