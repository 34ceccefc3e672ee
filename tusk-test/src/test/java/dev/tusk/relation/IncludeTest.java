package dev.tusk.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** include(...): to-one relations joined into the same statement, their slots filled. */
@TuskTest
class IncludeTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table author (id bigserial primary key, name text not null);
                create table post (id bigserial primary key, author_id bigint references author, title text not null);
                create table tag (id bigserial primary key, name text not null unique);
                create table post_tag (post_id bigint references post, tag_id bigint references tag,
                    primary key (post_id, tag_id));
                create schema auth;
                create table auth.users (id uuid primary key, email text not null);
                create table profile (id bigint primary key, user_id uuid references auth.users, bio text);
                insert into author (name) values ('ann'), ('ben');
                insert into post (author_id, title) values (1, 'first'), (1, 'second'), (2, 'third'), (null, 'orphan');
                insert into tag (name) values ('java');
                insert into post_tag values (1, 1);
                insert into auth.users values ('00000000-0000-0000-0000-0000000000a1', 'alice@example.com');
                insert into profile values (1, '00000000-0000-0000-0000-0000000000a1', 'hi'), (2, null, 'anon');
                """);
    }

    @Test
    void oneStatementFillsEveryAuthorAndLeavesNullForNone(Database db, SqlCapture capture) {
        List<Post> posts = new ArrayList<>();
        List<CapturedStatement> sent = capture.during(() ->
                posts.addAll(db.from(Post.class).include(Post_.author).orderBy(Post_.id.asc()).list()));

        assertThat(sent).singleElement().satisfies(select -> assertThat(select.sql()).contains("LEFT JOIN \"author\""));
        assertThat(posts).extracting(post -> post.author() == null ? null : post.author().name())
                .containsExactly("ann", "ann", "ben", null);
        assertThat(posts.get(0).author().id()).isEqualTo(1L);
    }

    @Test
    void filtersOrderAndLimitApplyToTheEntity(Database db) {
        List<Post> posts = db.from(Post.class).include(Post_.author).where(Post_.title.startsWith("s"))
                .orderBy(Post_.title.desc()).limit(5).list();

        assertThat(posts).singleElement().satisfies(post -> {
            assertThat(post.title()).isEqualTo("second");
            assertThat(post.author().name()).isEqualTo("ann");
        });
    }

    @Test
    void everyTerminalWordMaps(Database db) {
        assertThat(db.from(Post.class).include(Post_.author).where(Post_.id.eq(3L)).one().author().name())
                .isEqualTo("ben");
        assertThat(db.from(Post.class).include(Post_.author).where(Post_.id.eq(4L)).findOne().orElseThrow().author())
                .isNull();
        assertThat(db.from(Post.class).include(Post_.author).orderBy(Post_.id.desc()).first().orElseThrow().title())
                .isEqualTo("orphan");
        assertThat(db.from(Post.class).include(Post_.author).orderBy(Post_.id.asc()).page(1, 2).items())
                .extracting(post -> post.author().name()).containsExactly("ann", "ann");
        assertThat(db.from(Post.class).include(Post_.author).count()).isEqualTo(4);
        try (Stream<Post> rows = db.from(Post.class).include(Post_.author).orderBy(Post_.id.asc()).stream(2)) {
            assertThat(rows.map(post -> post.author() == null ? "-" : post.author().name()))
                    .containsExactly("ann", "ann", "ben", "-");
        }
    }

    @Test
    void includeAndPrefetchCombine(Database db, SqlCapture capture) {
        List<Post> posts = new ArrayList<>();
        List<CapturedStatement> sent = capture.during(() -> posts.addAll(db.from(Post.class).include(Post_.author)
                .prefetch(Post_.tags).orderBy(Post_.id.asc()).list()));

        assertThat(sent).hasSize(2);
        assertThat(posts.get(0).author().name()).isEqualTo("ann");
        assertThat(posts.get(0).tags()).extracting(tag -> tag.name).containsExactly("java");
        assertThat(posts.get(1).tags()).isEmpty();
    }

    @Test
    void aRowLockLocksOnlyTheEntitysRows(Database db) {
        List<Post> locked = db.withTransaction(tx -> tx.from(Post.class).include(Post_.author).where(Post_.id.eq(1L))
                .forUpdate().list());

        assertThat(locked).singleElement().satisfies(post -> assertThat(post.author().name()).isEqualTo("ann"));
    }

    @Test
    void aTableInAnotherSchemaJoins(Database db) {
        List<Profile> profiles = db.from(Profile.class).include(Profile_.user).orderBy(Profile_.id.asc()).list();

        assertThat(profiles.get(0).user().id()).isEqualTo(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
        assertThat(profiles.get(1).user()).isNull();
    }

    @Test
    void aMissingRelationIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> {
            assertThatThrownBy(() -> db.from(Post.class).include()).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.from(Post.class).include((dev.tusk.query.Relation.ToOne<Post, Author>) null))
                    .isInstanceOf(ValidationException.class);
        });

        assertThat(sent).isEmpty();
    }
}
