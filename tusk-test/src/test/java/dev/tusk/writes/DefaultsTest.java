package dev.tusk.writes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.annotation.Default;
import dev.tusk.annotation.DefaultFactory;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Database-side defaults, client-side factories and field initializers all show on the returned entity. */
@TuskTest
class DefaultsTest {

    /** A fresh random UUID per insert. */
    public static final class RandomUuid implements Supplier<UUID> {
        @Override
        public UUID get() {
            return UUID.randomUUID();
        }
    }

    @Table(name = "ticket")
    record Ticket(@Id @DefaultFactory(RandomUuid.class) UUID id, String title, @Default("'open'") String status,
                  @Default("now()") OffsetDateTime openedAt) {}

    @Table(name = "note")
    static class Note {
        @Id
        @Generated
        Long id;
        String body;
        String visibility = "private";
        @Default("now()")
        OffsetDateTime createdAt;
    }

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table ticket (id uuid primary key, title text, status text not null default 'open',
                                     opened_at timestamptz not null default now());
                create table note (id bigserial primary key, body text, visibility text not null,
                                   created_at timestamptz not null default now());
                """);
    }

    @Test
    void recordGetsFactoryAndDatabaseDefaultsBack(Database db) {
        Ticket draft = new Ticket(null, "printer on fire", null, null);

        Ticket saved = db.insert(draft);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.status()).isEqualTo("open");
        assertThat(saved.openedAt()).isNotNull();
        assertThat(draft.id()).as("the record passed in is untouched").isNull();
        assertThat(db.get(Ticket.class, saved.id())).isEqualTo(saved);
    }

    @Test
    void factoryRunsPerInsertAndAGivenValueWins(Database db) {
        UUID chosen = UUID.randomUUID();

        Ticket first = db.insert(new Ticket(null, "a", null, null));
        Ticket second = db.insert(new Ticket(null, "b", null, null));
        Ticket given = db.insert(new Ticket(chosen, "c", "closed", null));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(given.id()).isEqualTo(chosen);
        assertThat(given.status()).isEqualTo("closed");
    }

    @Test
    void classKeepsItsFieldInitializerAndGetsDatabaseDefaultsInPlace(Database db) {
        Note note = new Note();
        note.body = "hello";

        db.insert(note);

        assertThat(note.id).isNotNull();
        assertThat(note.createdAt).isNotNull();
        Note loaded = db.get(Note.class, note.id);
        assertThat(loaded.visibility).isEqualTo("private");
        assertThat(loaded.createdAt).isEqualTo(note.createdAt);
    }
}
