package dev.tusk.writes.copy;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.time.Year;

/** Fields mapped by the application's own codecs: text (copied through its text form) and integer (refused). */
@Table(name = "copy_slug")
public record SlugRow(@Id int id, Slug slug) {

    /** The same table with a Year whose custom codec writes integer: binary COPY cannot use it. */
    @Table(name = "copy_slug")
    public record WithYear(@Id int id, Slug slug, Year year) {
    }
}
