package dev.tusk.writes.filtered;

import static dev.tusk.query.Conditions.exists;
import static dev.tusk.query.Conditions.outer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.SoftDelete;
import dev.tusk.annotation.Table;
import dev.tusk.exception.MappingException;
import dev.tusk.query.Cte;
import dev.tusk.query.Page;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads of {@code @SoftDelete} entities: the default filter, its widenings, and where it reaches. */
@TuskTest
class SoftDeleteQueryTest {
    private final Database db;
    private final SqlCapture capture;
    private Article kept;
    private Article trashed;

    SoftDeleteQueryTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @Table(name = "stamped_locally")
    record LocalStamp(@Id Long id, @SoftDelete LocalDateTime deletedAt) {}

    @Table(name = "stamped_twice")
    record TwoStamps(@Id Long id, @SoftDelete OffsetDateTime deletedAt, @SoftDelete OffsetDateTime removedAt) {}

    @Table(name = "stamped_as_date")
    record DeclaredDate(@Id Long id, @SoftDelete @Column(type = "date") OffsetDateTime deletedAt) {}

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Schema.SQL);
    }

    @BeforeEach
    void rows() {
        db.sql(Schema.EMPTY).execute();
        kept = db.insert(Article.titled("kept"));
        trashed = db.softDelete(db.insert(Article.titled("trashed")));
        db.insert(Article.titled("also kept"));
        db.insert(Comment.on(kept, "live comment"));
        db.softDelete(db.insert(Comment.on(trashed, "deleted comment")));
    }

    @Test
    void queriesLeaveSoftDeletedRowsOutByDefault() {
        List<CapturedStatement> sent = capture.during(() ->
                assertThat(db.from(Article.class).pluck(Article_.title)).containsExactlyInAnyOrder("kept", "also kept"));

        assertThat(sent).singleElement().satisfies(statement -> assertThat(statement.sql())
                .endsWith("FROM \"articles\" AS \"t0\" WHERE \"t0\".\"deleted_at\" IS NULL"));
    }

    @Test
    void theFilterIsAndedWithTheCallersConditions() {
        assertThat(db.from(Article.class).where(Article_.title.startsWith("t")).list()).isEmpty();
        assertThat(db.from(Article.class).withDeleted().where(Article_.title.startsWith("t")).list())
                .containsExactly(trashed);
    }

    @Test
    void withDeletedIncludesAndOnlyDeletedSelectsSoftDeletedRows() {
        assertThat(db.from(Article.class).withDeleted().pluck(Article_.title))
                .containsExactlyInAnyOrder("kept", "trashed", "also kept");
        assertThat(db.from(Article.class).onlyDeleted().list()).containsExactly(trashed);
        assertThat(trashed.deletedAt()).isNotNull();
    }

    @Test
    void countExistsAndPageRespectTheFilter() {
        assertThat(db.from(Article.class).count()).isEqualTo(2);
        assertThat(db.from(Article.class).withDeleted().count()).isEqualTo(3);
        assertThat(db.from(Article.class).where(Article_.title.eq("trashed")).exists()).isFalse();
        assertThat(db.from(Article.class).onlyDeleted().where(Article_.title.eq("trashed")).exists()).isTrue();

        Page<Article> page = db.from(Article.class).orderBy(Article_.id.asc()).page(1, 1);
        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.items()).containsExactly(kept);
    }

    @Test
    void subqueriesOverSoftDeleteEntitiesLeaveDeletedRowsOutUnlessWidened() {
        List<String> withLiveComments = db.from(Article.class).withDeleted()
                .where(exists(db.from(Comment.class).where(Comment_.articleId.eq(outer(Article_.id)))))
                .pluck(Article_.title);
        List<String> withAnyComments = db.from(Article.class).withDeleted()
                .where(exists(db.from(Comment.class).withDeleted().where(Comment_.articleId.eq(outer(Article_.id)))))
                .pluck(Article_.title);

        assertThat(withLiveComments).containsExactly("kept");
        assertThat(withAnyComments).containsExactlyInAnyOrder("kept", "trashed");
    }

    @Test
    void aCteBuiltFromAQueryCarriesItsFilter() {
        List<Article> fromCte = db.from(Article.class).with(Cte.of("recent", db.from(Article.class)))
                .fromCte("recent").list();

        assertThat(fromCte).extracting(Article::title).containsExactlyInAnyOrder("kept", "also kept");
    }

    @Test
    void anInstantTimestampOnAClassWorksAsWell() {
        Note draft = db.insert(new Note("draft"));
        Note binned = db.insert(new Note("binned"));

        db.softDelete(binned);

        assertThat(binned.deletedAt).isNotNull();
        assertThat(db.from(Note.class).list()).extracting(note -> note.id).containsExactly(draft.id);
        assertThat(db.from(Note.class).onlyDeleted().one().deletedAt).isEqualTo(binned.deletedAt);
    }

    @Test
    void aSoftDeleteFieldThatIsNotATimestamptzFailsAtFirstUseNamingTheFieldAndTheFix() {
        assertThatThrownBy(() -> db.from(LocalStamp.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("@SoftDelete field " + LocalStamp.class.getName() + ".deletedAt is LocalDateTime")
                .hasMessageContaining("make it OffsetDateTime or Instant");
        assertThatThrownBy(() -> db.find(DeclaredDate.class, 1L))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("deletedAt is declared as date: remove @Column(type = ...) or make it timestamptz");
    }

    @Test
    void twoSoftDeleteFieldsFailAtFirstUse() {
        assertThatThrownBy(() -> db.from(TwoStamps.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("has two @SoftDelete fields, deletedAt and removedAt: keep one");
    }
}
