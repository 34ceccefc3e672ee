package dev.tusk.relation;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.ManyToOne;
import dev.tusk.annotation.Table;
import java.util.UUID;

/** A table in the default schema pointing into another schema, as apps on Supabase point at auth.users. */
@Table(name = "profile")
public record Profile(@Id long id, @ForeignKey(references = AuthUser.class) UUID userId, String bio,
                      @ManyToOne AuthUser user) {}
