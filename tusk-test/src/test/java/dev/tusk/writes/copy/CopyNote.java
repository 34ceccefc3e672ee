package dev.tusk.writes.copy;

import dev.tusk.annotation.Default;
import dev.tusk.annotation.DefaultFactory;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** A class entity: generated key, a client-side factory, a database default, an array and an enum. */
@Table(name = "copy_note")
public class CopyNote {
    /** A fresh random UUID per row. */
    public static final class RandomUuid implements Supplier<UUID> {
        @Override
        public UUID get() {
            return UUID.randomUUID();
        }
    }

    @Id
    @Generated
    public Long id;
    @DefaultFactory(RandomUuid.class)
    public UUID ref;
    public String body;
    public LocalDate day;
    public List<String> tags;
    public Mood mood;
    @Default("'draft'")
    public String status;

    public CopyNote() {
    }

    public CopyNote(String body, LocalDate day, List<String> tags, Mood mood) {
        this.body = body;
        this.day = day;
        this.tags = tags;
        this.mood = mood;
    }
}
