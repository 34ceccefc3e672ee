package dev.tusk.writes.filtered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
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

/** Soft delete by filter: {@code query.delete()}, {@code softDelete()}, {@code restore()}, {@code forceDelete()}. */
@TuskTest
class BulkSoftDeleteTest {
    private final Database db;
    private final SqlCapture capture;
    private Article binned;

    BulkSoftDeleteTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Schema.SQL);
    }

    @BeforeEach
    void rows() {
        db.sql(Schema.EMPTY).execute();
        db.insert(Article.titled("draft: one"));
        db.insert(Article.titled("draft: two"));
        db.insert(Article.titled("published"));
        binned = db.softDelete(db.insert(Article.titled("draft: binned")));
    }

    @Test
    void deleteOnASoftDeleteEntityMarksTheMatchingLiveRows() {
        List<CapturedStatement> sent = capture.during(() ->
                assertThat(db.from(Article.class).where(Article_.title.startsWith("draft")).delete()).isEqualTo(2));

        assertThat(sent).singleElement().satisfies(statement -> assertThat(statement.sql()).isEqualTo(
                "UPDATE \"articles\" AS \"t0\" SET \"deleted_at\" = now(), \"version\" = (\"t0\".\"version\" + ?)"
                        + " WHERE \"t0\".\"title\" LIKE ? ESCAPE '\\' AND \"t0\".\"deleted_at\" IS NULL"));
        assertThat(db.from(Article.class).pluck(Article_.title)).containsExactly("published");
        assertThat(db.from(Article.class).withDeleted().count()).isEqualTo(4);
    }

    @Test
    void softDeleteNeverRestampsRowsDeletedAlready() {
        OffsetDateTime firstStamp = binned.deletedAt();

        long marked = db.from(Article.class).withDeleted().where(Article_.title.startsWith("draft")).softDelete();

        assertThat(marked).isEqualTo(2);
        assertThat(db.refresh(binned)).isEqualTo(binned);
        assertThat(binned.deletedAt()).isEqualTo(firstStamp);
    }

    @Test
    void softDeleteBumpsTheVersionOfEachRow() {
        db.from(Article.class).where(Article_.title.eq("published")).softDelete();

        assertThat(db.from(Article.class).onlyDeleted().where(Article_.title.eq("published")).one().version())
                .isEqualTo(1);
    }

    @Test
    void deleteReturningGivesTheSoftDeletedRowsWithTheirTimestamp() {
        List<Article> marked = db.from(Article.class).where(Article_.title.eq("published")).deleteReturning();
        Note note = db.insert(new Note("class"));
        List<Note> markedNotes = db.from(Note.class).where(Note_.id.eq(note.id)).deleteReturning();

        assertThat(marked).singleElement().satisfies(article -> {
            assertThat(article.deletedAt()).isNotNull();
            assertThat(article.version()).isEqualTo(1);
        });
        assertThat(markedNotes).singleElement().satisfies(row -> assertThat(row.deletedAt).isNotNull());
    }

    @Test
    void restoreClearsTheMatchingSoftDeletedRows() {
        db.from(Article.class).where(Article_.title.eq("published")).softDelete();

        long restored = db.from(Article.class).onlyDeleted().where(Article_.title.startsWith("draft")).restore();

        assertThat(restored).isEqualTo(1);
        assertThat(db.from(Article.class).pluck(Article_.title))
                .containsExactlyInAnyOrder("draft: one", "draft: two", "draft: binned");
        assertThat(db.get(Article.class, binned.id()).version()).isEqualTo(2);
    }

    @Test
    void restoreOnWithDeletedTouchesOnlySoftDeletedRows() {
        long restored = db.from(Article.class).withDeleted().where(Article_.title.startsWith("draft")).restore();

        assertThat(restored).isEqualTo(1);
        assertThat(db.from(Article.class).where(Article_.version.eq(0L)).count()).as("live rows untouched").isEqualTo(3);
    }

    @Test
    void forceDeleteRemovesOnlyTheRowsTheQuerySees() {
        long purged = db.from(Article.class).onlyDeleted().all().forceDelete();
        long removed = db.from(Article.class).where(Article_.title.eq("published")).forceDelete();

        assertThat(purged).isEqualTo(1);
        assertThat(removed).isEqualTo(1);
        assertThat(db.from(Article.class).withDeleted().pluck(Article_.title))
                .containsExactlyInAnyOrder("draft: one", "draft: two");
    }

    @Test
    void updateOfASoftDeleteEntityLeavesSoftDeletedRowsAlone() {
        long renamed = db.from(Article.class).where(Article_.title.startsWith("draft"))
                .update(Article_.title.set("renamed"));

        assertThat(renamed).isEqualTo(2);
        assertThat(db.refresh(binned).title()).isEqualTo("draft: binned");
    }

    @Test
    void bulkSoftDeleteWordsNeedAWhereOrAll() {
        assertRefusedBeforeSql(() -> db.from(Article.class).delete(), "delete() has no where(...)");
        assertRefusedBeforeSql(() -> db.from(Article.class).softDelete(), "softDelete() has no where(...)");
        assertRefusedBeforeSql(() -> db.from(Article.class).onlyDeleted().restore(), "restore() has no where(...)");
        assertRefusedBeforeSql(() -> db.from(Article.class).onlyDeleted().forceDelete(), "forceDelete() has no where(...)");

        assertThat(db.from(Article.class).all().softDelete()).isEqualTo(3);
        assertThat(db.from(Article.class).onlyDeleted().all().restore()).isEqualTo(4);
    }

    @Test
    void restoreOfLiveRowsAndSoftDeleteOfDeletedRowsAreRefusedBeforeSql() {
        assertRefusedBeforeSql(() -> db.from(Article.class).where(Article_.id.eq(1L)).restore(),
                "restore() acts on soft-deleted rows, which this query leaves out: call onlyDeleted() first");
        assertRefusedBeforeSql(() -> db.from(Article.class).onlyDeleted().where(Article_.id.eq(4L)).softDelete(),
                "softDelete() on onlyDeleted() rows: they are soft-deleted already");
        assertRefusedBeforeSql(() -> db.from(Article.class).onlyDeleted().where(Article_.id.eq(4L)).delete(),
                "delete() on onlyDeleted() rows");
    }

    private void assertRefusedBeforeSql(Runnable write, String message) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(write::run)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(message));
        assertThat(sent).as("statements sent").isEmpty();
    }
}
