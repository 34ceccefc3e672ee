package dev.tusk.writes.filtered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Soft delete by key: {@code db.delete}, {@code softDelete}, {@code restore}, {@code forceDelete}, {@code find}. */
@TuskTest
class SoftDeleteEntityTest {
    private final Database db;
    private final SqlCapture capture;

    SoftDeleteEntityTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Schema.SQL);
    }

    @BeforeEach
    void empty() {
        db.sql(Schema.EMPTY).execute();
    }

    @Test
    void deleteMarksTheRowWithOneUpdateCheckingAndBumpingTheVersion() {
        Article article = db.insert(Article.titled("draft"));

        List<CapturedStatement> sent = capture.during(() -> assertThat(db.delete(article)).isTrue());

        assertThat(sent).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).isEqualTo("UPDATE \"articles\" SET \"deleted_at\" = now(), \"version\" ="
                    + " \"version\" + 1 WHERE \"id\" = ? AND \"version\" = ? AND \"deleted_at\" IS NULL"
                    + " RETURNING \"deleted_at\", \"version\"");
            assertThat(statement.params()).containsExactly(article.id(), 0L);
        });
        Article stored = db.from(Article.class).withDeleted().one();
        assertThat(stored.deletedAt()).isNotNull();
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void deleteOfAClassFillsTheTimestampInPlace() {
        Note note = db.insert(new Note("to bin"));

        assertThat(db.delete(note)).isTrue();

        assertThat(note.deletedAt).isNotNull();
        assertThat(db.from(Note.class).onlyDeleted().one().deletedAt).isEqualTo(note.deletedAt);
    }

    @Test
    void softDeleteReturnsANewRecordWithTheTimestampAndTheNewVersion() {
        OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);
        Article article = db.insert(Article.titled("draft"));

        Article deleted = db.softDelete(article);

        assertThat(deleted).isNotSameAs(article);
        assertThat(deleted.deletedAt()).isAfter(before);
        assertThat(deleted.version()).isEqualTo(1);
        assertThat(article.deletedAt()).as("the record passed in is untouched").isNull();
        assertThat(db.from(Article.class).onlyDeleted().one()).isEqualTo(deleted);
    }

    @Test
    void findAndGetDoNotSeeSoftDeletedRowsButRefreshDoes() {
        Article deleted = db.softDelete(db.insert(Article.titled("gone")));
        Note note = db.insert(new Note("gone too"));
        db.softDelete(note);

        assertThat(db.find(Article.class, deleted.id())).isEmpty();
        assertThat(db.find(Note.class, note.id)).isEmpty();
        assertThatThrownBy(() -> db.get(Article.class, deleted.id())).isInstanceOf(NotFoundException.class);
        assertThat(db.refresh(deleted)).isEqualTo(deleted);
    }

    @Test
    void softDeleteOfARowDeletedAlreadyIsNotFoundForRecordsAndClasses() {
        Article deleted = db.softDelete(db.insert(Article.titled("once")));
        Note note = db.insert(new Note("once"));
        db.softDelete(note);
        OffsetDateTime firstStamp = deleted.deletedAt();

        assertThatThrownBy(() -> db.softDelete(deleted))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Article with id=1 is soft-deleted already: restore(...) it first, or forceDelete(...) it");
        assertThatThrownBy(() -> db.softDelete(note))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Note with id=1 is soft-deleted already");
        assertThat(db.refresh(deleted).deletedAt()).as("the first timestamp stays").isEqualTo(firstStamp);
    }

    @Test
    void softDeleteWithAStaleVersionIsAnOptimisticLockFailureAndChangesNothing() {
        Article loaded = db.insert(Article.titled("v0"));
        db.update(new Article(loaded.id(), "v1", null, loaded.version()), "title");

        assertThatThrownBy(() -> db.softDelete(loaded))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("expected version 0");
        assertThat(db.find(Article.class, loaded.id())).isPresent();
    }

    @Test
    void softDeleteOfAMissingRowIsNotFound() {
        assertThatThrownBy(() -> db.softDelete(new Article(42L, "ghost", null, 0)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no Article with id=42 to softDelete");
    }

    @Test
    void restoreClearsTheTimestampAndBumpsTheVersion() {
        Article deleted = db.softDelete(db.insert(Article.titled("back")));

        Article restored = db.restore(deleted);

        assertThat(restored.deletedAt()).isNull();
        assertThat(restored.version()).isEqualTo(2);
        assertThat(db.get(Article.class, deleted.id())).isEqualTo(restored);
    }

    @Test
    void restoreFillsAClassInPlace() {
        Note note = db.insert(new Note("back"));
        db.softDelete(note);

        Note restored = db.restore(note);

        assertThat(restored).isSameAs(note);
        assertThat(note.deletedAt).isNull();
        assertThat(db.find(Note.class, note.id)).isPresent();
    }

    @Test
    void restoreOfALiveRowIsNotFound() {
        Article live = db.insert(Article.titled("live"));

        assertThatThrownBy(() -> db.restore(live))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Article with id=1 is not soft-deleted: there is nothing to restore");
    }

    @Test
    void forceDeleteRemovesTheRowWhetherSoftDeletedOrNot() {
        Article live = db.insert(Article.titled("live"));
        Article deleted = db.softDelete(db.insert(Article.titled("deleted")));

        assertThat(db.forceDelete(live)).isTrue();
        assertThat(db.forceDelete(deleted)).isTrue();

        assertThat(db.from(Article.class).withDeleted().exists()).isFalse();
    }

    @Test
    void forceDeleteWithAStaleVersionIsAnOptimisticLockFailure() {
        Article loaded = db.insert(Article.titled("v0"));
        db.softDelete(loaded);

        assertThatThrownBy(() -> db.forceDelete(loaded)).isInstanceOf(OptimisticLockException.class);
        assertThat(db.from(Article.class).withDeleted().count()).isEqualTo(1);
    }

    @Test
    void deleteByIdSoftDeletesTooAndSaysWhetherALiveRowWasThere() {
        Note note = db.insert(new Note("by id"));

        assertThat(db.deleteById(Note.class, note.id)).isTrue();
        assertThat(db.deleteById(Note.class, note.id)).isFalse();

        assertThat(db.from(Note.class).onlyDeleted().count()).isEqualTo(1);
    }

    @Test
    void deleteOfAnUnversionedRowDeletedAlreadyReturnsFalseAndKeepsTheFirstTimestamp() {
        Note note = db.insert(new Note("twice"));
        db.delete(note);
        Note stale = new Note("twice");
        stale.id = note.id;

        assertThat(db.delete(stale)).isFalse();
        assertThat(stale.deletedAt).isNull();
        assertThat(db.from(Note.class).onlyDeleted().one().deletedAt).isEqualTo(note.deletedAt);
    }

    @Test
    void softDeleteRestoreAndForceDeleteOfAnEntityWithoutSoftDeleteAreRefusedBeforeSql() {
        Order order = db.insert(Order.draft("draft", "1.00"));

        List<CapturedStatement> sent = capture.during(() -> {
            assertThatThrownBy(() -> db.softDelete(order)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("softDelete() needs a @SoftDelete field, and Order has none");
            assertThatThrownBy(() -> db.restore(order)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("restore() needs a @SoftDelete field");
            assertThatThrownBy(() -> db.forceDelete(order)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("forceDelete() needs a @SoftDelete field");
        });

        assertThat(sent).isEmpty();
    }
}
