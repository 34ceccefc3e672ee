package dev.tusk.writes.filtered;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A full update by key never writes the soft-delete timestamp: a stale copy cannot bring a deleted row back. */
@TuskTest
class StaleCopyTest {

    @BeforeAll
    static void schema(TestDatabase database) {
        database.execute(Schema.SQL);
    }

    @Test
    void updatingAStaleCopyLeavesTheRowDeleted(Database db) {
        Note note = db.insert(new Note("draft"));
        Note staleCopy = db.get(Note.class, note.id);
        db.delete(note);

        staleCopy.body = "edited";
        db.update(staleCopy);

        assertThat(db.find(Note.class, note.id)).isEmpty();
        assertThat(db.sql("select deleted_at is not null from notes where id = :id").bind("id", note.id)
                .one(Boolean.class)).isTrue();
        assertThat(db.sql("select body from notes where id = :id").bind("id", note.id).one(String.class))
                .isEqualTo("edited");
    }
}
