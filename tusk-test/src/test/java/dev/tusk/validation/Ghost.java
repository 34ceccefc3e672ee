package dev.tusk.validation;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import jakarta.validation.constraints.NotBlank;

/** Loaded once with Jakarta Validation on the class path and once without it ({@link JakartaClassPathTest}). */
@Table(name = "val_ghosts")
public record Ghost(@Id long id, @NotBlank String name) {
    static final String SQL = "create table val_ghosts (id bigint primary key, name text);";
}
