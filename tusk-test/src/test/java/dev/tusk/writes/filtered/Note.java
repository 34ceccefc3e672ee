package dev.tusk.writes.filtered;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.SoftDelete;
import dev.tusk.annotation.Table;
import java.time.Instant;

/** A soft-delete class without a version, its timestamp an {@code Instant}. */
@Table(name = "notes")
public class Note {
    @Id
    @Generated
    Long id;
    String body;
    @SoftDelete
    Instant deletedAt;

    Note() {
    }

    Note(String body) {
        this.body = body;
    }
}
