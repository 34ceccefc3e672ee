package dev.tusk.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Session;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Page;
import dev.tusk.query.Slice;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** prefetch(...): one extra statement per relation and level, for every terminal word and in sessions. */
@TuskTest
class PrefetchTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table author (id bigserial primary key, name text not null);
                create table post (id bigserial primary key, author_id bigint references author, title text not null);
                create table tag (id bigserial primary key, name text not null unique);
                create table post_tag (post_id bigint references post, tag_id bigint references tag,
                    primary key (post_id, tag_id));
                insert into author (name) values ('ann'), ('ben'), ('cy');
                insert into post (author_id, title) values (1, 'first'), (1, 'second'), (2, 'third'), (null, 'orphan');
                insert into tag (name) values ('java'), ('sql'), ('news');
                insert into post_tag values (1, 1), (1, 2), (3, 2), (2, 3);
                """);
    }

    @Test
    void aToManyRelationIsOneMoreStatementAndFillsEveryRecord(Database db, SqlCapture capture) {
        List<Author> authors = new ArrayList<>();
        List<CapturedStatement> sent = capture.during(() ->
                authors.addAll(db.from(Author.class).orderBy(Author_.id.asc()).prefetch(Author_.posts).list()));

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).sql()).contains("= ANY(?)");
        assertThat(authors).extracting(author -> author.posts().stream().map(Post::title).toList())
                .containsExactly(List.of("first", "second"), List.of("third"), List.of());
    }

    @Test
    void aToOneRelationFillsTheSlotAndLeavesNullForANullForeignKey(Database db, SqlCapture capture) {
        List<Post> posts = new ArrayList<>();
        List<CapturedStatement> sent = capture.during(() ->
                posts.addAll(db.from(Post.class).orderBy(Post_.id.asc()).prefetch(Post_.author).list()));

        assertThat(sent).hasSize(2);
        assertThat(posts).extracting(post -> post.author() == null ? null : post.author().name())
                .containsExactly("ann", "ann", "ben", null);
        assertThat(posts.get(0).author()).as("one author row, shared").isSameAs(posts.get(1).author());
    }

    @Test
    void nestedPathsLoadOneStatementPerLevel(Database db, SqlCapture capture) {
        List<Author> authors = new ArrayList<>();
        List<CapturedStatement> sent = capture.during(() -> authors.addAll(db.from(Author.class)
                .orderBy(Author_.id.asc())
                .prefetch(Author_.posts)
                .prefetch(Author_.posts, Post_.tags)
                .list()));

        assertThat(sent).as("authors, posts once, tags").hasSize(3);
        Author ann = authors.get(0);
        assertThat(ann.posts()).extracting(post -> post.tags().stream().map(tag -> tag.name).toList())
                .containsExactly(List.of("java", "sql"), List.of("news"));
        assertThat(authors.get(2).posts()).isEmpty();
    }

    @Test
    void aClassEntityIsFilledInPlace(Database db, SqlCapture capture) {
        List<Tag> tags = new ArrayList<>();
        List<CapturedStatement> sent = capture.during(() ->
                tags.addAll(db.from(Tag.class).orderBy(Tag_.id.asc()).prefetch(Tag_.posts, Post_.author).list()));

        assertThat(sent).hasSize(3);
        assertThat(tags.get(1).posts).extracting(post -> post.title() + " by " + post.author().name())
                .containsExactly("first by ann", "third by ben");
    }

    @Test
    void everyTerminalWordPrefetches(Database db) {
        Author ann = db.from(Author.class).where(Author_.name.eq("ann")).prefetch(Author_.posts).one();
        assertThat(ann.posts()).hasSize(2);
        assertThat(db.from(Author.class).where(Author_.id.eq(2L)).prefetch(Author_.posts).findOne().orElseThrow()
                .posts()).hasSize(1);
        assertThat(db.from(Author.class).orderBy(Author_.id.asc()).prefetch(Author_.posts).first().orElseThrow()
                .posts()).hasSize(2);

        Page<Author> page = db.from(Author.class).orderBy(Author_.id.asc()).prefetch(Author_.posts).page(1, 2);
        assertThat(page.items()).extracting(author -> author.posts().size()).containsExactly(2, 1);

        Slice<Author> slice = db.from(Author.class).orderBy(Author_.id.asc()).prefetch(Author_.posts).keyset(2, null);
        assertThat(slice.items()).extracting(author -> author.posts().size()).containsExactly(2, 1);
    }

    @Test
    void aStreamPrefetchesChunkByChunk(Database db, SqlCapture capture) {
        List<Integer> sizes = new ArrayList<>();
        List<CapturedStatement> sent = capture.during(() -> {
            try (Stream<Author> authors = db.from(Author.class).orderBy(Author_.id.asc()).prefetch(Author_.posts)
                    .stream(2)) {
                authors.forEach(author -> sizes.add(author.posts().size()));
            }
        });

        assertThat(sizes).containsExactly(2, 1, 0);
        assertThat(sent).as("the cursor query and one prefetch per chunk of 2").hasSize(3);
    }

    @Test
    void aSessionGetsItsHeldInstancesFilled(Database db) {
        try (Session session = db.openSession()) {
            Tag held = session.get(Tag.class, 2L);

            List<Tag> tags = session.list(db.from(Tag.class).orderBy(Tag_.id.asc()).prefetch(Tag_.posts));

            assertThat(tags.get(1)).isSameAs(held);
            assertThat(held.posts).extracting(Post::title).containsExactly("first", "third");
        }
    }

    @Test
    void aPathThatDoesNotConnectIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> {
            assertThatThrownBy(() -> db.from(Author.class).prefetch(Author_.posts, Author_.posts))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("loads from Post");
            assertThatThrownBy(() -> db.from(Author.class).prefetch(null))
                    .isInstanceOf(ValidationException.class);
        });

        assertThat(sent).isEmpty();
    }

    @Test
    void noRowsMeansNoPrefetchStatement(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThat(db.from(Author.class)
                .where(Author_.name.eq("nobody")).prefetch(Author_.posts).list()).isEmpty());

        assertThat(sent).hasSize(1);
    }
}
