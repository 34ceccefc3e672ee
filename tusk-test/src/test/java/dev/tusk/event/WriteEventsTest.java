package dev.tusk.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Conflict;
import dev.tusk.Database;
import dev.tusk.Upserted;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PRE/POST INSERT, UPDATE, DELETE and SAVE: order, transaction, aborting, removal, bulk paths. */
@TuskTest
class WriteEventsTest {
    private final List<Registration> registrations = new ArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table ev_article (id bigserial primary key, title text not null unique, touched_at timestamptz);
                create table ev_note (id bigint primary key, body text not null);
                create table ev_audit (id bigserial primary key, what text not null);
                """);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate ev_article, ev_note, ev_audit restart identity");
    }

    @AfterEach
    void removeHandlers() {
        registrations.forEach(Registration::remove);
    }

    private void record(Database db, Class<?> type, EventType... types) {
        for (EventType event : types) {
            registrations.add(db.events().on(event, type, (entity, context) ->
                    seen.add(context.type() + " " + context.operation() + " " + describe(entity))));
        }
    }

    private static String describe(Object entity) {
        return entity instanceof Article article ? "article " + article.id + " " + article.title
                : entity instanceof Note note ? "note " + note.id() + " " + note.body() : String.valueOf(entity);
    }

    @Test
    void insertFiresSaveAroundInsertAndPostSeesTheGeneratedKey(Database db) {
        record(db, Article.class, EventType.values());

        db.insert(new Article("hello"));

        assertThat(seen).containsExactly("PRE_SAVE insert article null hello", "PRE_INSERT insert article null hello",
                "POST_INSERT insert article 1 hello", "POST_SAVE insert article 1 hello");
    }

    @Test
    void aPreHandlerMayChangeAClassInstanceBeforeItIsWritten(Database db) {
        OffsetDateTime stamp = OffsetDateTime.parse("2026-11-22T10:15:30Z");
        registrations.add(db.events().on(EventType.PRE_SAVE, Article.class, (article, context) -> article.touchedAt = stamp));

        Article saved = db.insert(new Article("stamped"));

        assertThat(db.get(Article.class, saved.id).touchedAt).isEqualTo(stamp);
    }

    @Test
    void updateSaveAndDeleteFireTheirEvents(Database db) {
        Article article = db.insert(new Article("draft"));
        db.insert(new Note(7, "seven"));
        record(db, Object.class, EventType.values());

        article.title = "final";
        db.update(article);
        db.save(new Note(7, "saved"));                      // no generated key, no version: an upsert
        db.save(article);                                   // a set generated key: an update
        db.delete(article);
        db.delete(new Note(99, "missing"));                 // no row: PRE only

        assertThat(seen).containsExactly(
                "PRE_SAVE update article 1 final", "PRE_UPDATE update article 1 final",
                "POST_UPDATE update article 1 final", "POST_SAVE update article 1 final",
                "PRE_SAVE save note 7 saved", "POST_SAVE save note 7 saved",
                "PRE_SAVE save article 1 final", "PRE_UPDATE save article 1 final",
                "POST_UPDATE save article 1 final", "POST_SAVE save article 1 final",
                "PRE_DELETE delete article 1 final", "POST_DELETE delete article 1 final",
                "PRE_DELETE delete note 99 missing");
    }

    @Test
    void handlersRunInTheWriteTransactionSoTheirWritesRollBackWithIt(Database db) {
        registrations.add(db.events().on(EventType.POST_INSERT, Article.class, (article, context) ->
                context.operations().insert(new AuditEntry(null, "inserted " + article.title))));
        registrations.add(db.events().on(EventType.POST_SAVE, Article.class, (article, context) -> {
            if (article.title.equals("doomed")) {
                throw new IllegalStateException("POST_SAVE refuses " + article.title);
            }
        }));

        db.insert(new Article("kept"));
        assertThatThrownBy(() -> db.insert(new Article("doomed"))).hasMessage("POST_SAVE refuses doomed");

        assertThat(db.from(Article.class).count()).isEqualTo(1);
        assertThat(db.sql("select what from ev_audit").list(String.class)).containsExactly("inserted kept");
    }

    @Test
    void anExceptionInAPreHandlerAbortsTheWriteBeforeAnySql(Database db, SqlCapture capture) {
        registrations.add(db.events().on(EventType.PRE_INSERT, Note.class, (note, context) -> {
            throw new IllegalArgumentException("notes are closed");
        }));

        var sent = capture.during(() -> assertThatThrownBy(() -> db.insert(new Note(1, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("notes are closed"));

        assertThat(sent).isEmpty();
        assertThat(db.from(Note.class).count()).isZero();
    }

    @Test
    void handlersRunInsideTheCallersTransaction(Database db) {
        registrations.add(db.events().on(EventType.POST_INSERT, Note.class, (note, context) ->
                context.operations().insert(new AuditEntry(null, "note " + note.id()))));

        assertThatThrownBy(() -> db.useTransaction(tx -> {
            tx.insert(new Note(1, "one"));
            throw new IllegalStateException("undo");
        })).hasMessage("undo");

        assertThat(db.from(AuditEntry.class).count()).isZero();
    }

    @Test
    void aRemovedHandlerNoLongerRuns(Database db) {
        Registration registration = db.events().on(EventType.PRE_INSERT, Note.class,
                (note, context) -> seen.add("note " + note.id()));
        db.insert(new Note(1, "one"));
        registration.remove();
        registration.remove();                              // idempotent
        db.insert(new Note(2, "two"));

        assertThat(seen).containsExactly("note 1");
    }

    @Test
    void aHandlerForOneClassDoesNotSeeOthers(Database db) {
        record(db, Note.class, EventType.PRE_INSERT);

        db.insert(new Article("not a note"));
        db.insert(new Note(1, "a note"));

        assertThat(seen).containsExactly("PRE_INSERT insert note 1 a note");
    }

    @Test
    void bulkInsertAndUpdateFirePerRowPreEventsBeforeAndPostEventsAfter(Database db) {
        record(db, Note.class, EventType.PRE_INSERT, EventType.POST_INSERT, EventType.PRE_UPDATE, EventType.POST_UPDATE);

        db.insertAll(List.of(new Note(1, "a"), new Note(2, "b")));
        db.updateAll(List.of(new Note(1, "A"), new Note(2, "B")));

        assertThat(seen).containsExactly("PRE_INSERT insertAll note 1 a", "PRE_INSERT insertAll note 2 b",
                "POST_INSERT insertAll note 1 a", "POST_INSERT insertAll note 2 b",
                "PRE_UPDATE updateAll note 1 A", "PRE_UPDATE updateAll note 2 B",
                "POST_UPDATE updateAll note 1 A", "POST_UPDATE updateAll note 2 B");
    }

    @Test
    void upsertsTellInsertFromUpdateAndSkipNothingDone(Database db) {
        db.insert(new Note(1, "old"));
        record(db, Note.class, EventType.PRE_SAVE, EventType.POST_INSERT, EventType.POST_UPDATE, EventType.POST_SAVE);

        List<Upserted<Note>> results = db.upsertAll(List.of(new Note(1, "new"), new Note(2, "fresh")),
                Conflict.on("id"));
        Upserted<Note> skipped = db.upsert(new Note(1, "ignored"), Conflict.on("id").doNothing());

        assertThat(results).extracting(Upserted::inserted).containsExactly(false, true);
        assertThat(skipped.skipped()).isTrue();
        assertThat(seen).containsExactly("PRE_SAVE upsertAll note 1 new", "PRE_SAVE upsertAll note 2 fresh",
                "POST_UPDATE upsertAll note 1 new", "POST_SAVE upsertAll note 1 new",
                "POST_INSERT upsertAll note 2 fresh", "POST_SAVE upsertAll note 2 fresh",
                "PRE_SAVE upsert note 1 ignored");
    }

    @Test
    void aFailingBulkRowHandlerWritesNothing(Database db) {
        registrations.add(db.events().on(EventType.PRE_INSERT, Note.class, (note, context) -> {
            if (note.id() == 3) {
                throw new IllegalStateException("row 3 refused");
            }
        }));

        assertThatThrownBy(() -> db.insertAll(List.of(new Note(1, "a"), new Note(2, "b"), new Note(3, "c"))))
                .hasMessage("row 3 refused");

        assertThat(db.from(Note.class).count()).isZero();
    }

    @Test
    void copyFiresNoEvents(Database db) {
        record(db, Note.class, EventType.values());

        db.copy(Note.class, List.of(new Note(1, "a"), new Note(2, "b")));

        assertThat(seen).isEmpty();
        assertThat(db.from(Note.class).count()).isEqualTo(2);
    }

    @Test
    void nullArgumentsAreRefused(Database db) {
        assertThatThrownBy(() -> db.events().on(null, Note.class, (note, context) -> { }))
                .isInstanceOf(dev.tusk.exception.ValidationException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> db.events().on(EventType.PRE_SAVE, null, (note, context) -> { }))
                .isInstanceOf(dev.tusk.exception.ValidationException.class).hasMessageContaining("entity");
        assertThatThrownBy(() -> db.events().on(EventType.PRE_SAVE, Note.class, null))
                .isInstanceOf(dev.tusk.exception.ValidationException.class).hasMessageContaining("handler");
    }
}
