package dev.tusk.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Related;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** db.fetch and db.fetchAll: one statement per relation, the right rows, records rebuilt, resilience. */
@TuskTest
class FetchTest {
    static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table author (id bigserial primary key, name text not null);
                create table post (id bigserial primary key, author_id bigint references author on delete cascade,
                    title text not null);
                create table tag (id bigserial primary key, name text not null unique);
                create table post_tag (post_id bigint references post, tag_id bigint references tag,
                    primary key (post_id, tag_id));
                create schema auth;
                create table auth.users (id uuid primary key, email text not null);
                create table profile (id bigint primary key, user_id uuid references auth.users, bio text);
                create table draft (id bigint primary key, author_id bigint references author);
                insert into author (name) values ('ann'), ('ben'), ('cy');
                insert into post (author_id, title) values (1, 'first'), (1, 'second'), (2, 'third'), (null, 'orphan');
                insert into tag (name) values ('java'), ('sql'), ('news');
                insert into post_tag values (1, 1), (1, 2), (3, 2);
                insert into auth.users values ('00000000-0000-0000-0000-0000000000a1', 'alice@example.com');
                insert into profile values (1, '00000000-0000-0000-0000-0000000000a1', 'hi');
                insert into draft values (1, 2);
                """);
    }

    @Test
    void aToOneRelationIsOneStatementByKey(Database db, SqlCapture capture) {
        Post first = db.get(Post.class, 1L);

        List<CapturedStatement> sent = capture.during(() -> assertThat(db.fetch(first, Post_.author).name())
                .isEqualTo("ann"));

        assertThat(sent).singleElement().satisfies(select -> assertThat(select.sql()).contains("= ANY(?)"));
    }

    @Test
    void aNullForeignKeyFetchesNullWithoutAStatement(Database db, SqlCapture capture) {
        Post orphan = db.get(Post.class, 4L);

        assertThat(capture.during(() -> assertThat(db.fetch(orphan, Post_.author)).isNull())).isEmpty();
    }

    @Test
    void aToManyRelationComesInKeyOrderAndIsEmptyWhenThereAreNone(Database db) {
        assertThat(db.fetch(db.get(Author.class, 1L), Author_.posts)).extracting(Post::title)
                .containsExactly("first", "second");
        assertThat(db.fetch(db.get(Author.class, 3L), Author_.posts)).isEmpty();
    }

    @Test
    void aManyToManyRelationGoesThroughTheJunctionInOneStatement(Database db, SqlCapture capture) {
        Post first = db.get(Post.class, 1L);
        Tag sql = db.get(Tag.class, 2L);

        List<CapturedStatement> sent = capture.during(() -> assertThat(db.fetch(first, Post_.tags))
                .extracting(tag -> tag.name).containsExactly("java", "sql"));

        assertThat(sent).singleElement().satisfies(select -> assertThat(select.sql()).contains("JOIN \"post_tag\""));
        assertThat(db.fetch(sql, Tag_.posts)).extracting(Post::title).containsExactly("first", "third");
    }

    @Test
    void aRelationIntoAnotherSchemaWorks(Database db) {
        Profile profile = db.get(Profile.class, 1L);

        assertThat(db.fetch(profile, Profile_.user)).isEqualTo(new AuthUser(ALICE, "alice@example.com"));
    }

    @Test
    void fetchAllFillsEverySlotOfARecordInANewInstance(Database db, SqlCapture capture) {
        Post first = db.get(Post.class, 1L);

        Related<Post>[] related = new Related[1];
        List<CapturedStatement> sent = capture.during(() -> related[0] = db.fetchAll(first));

        assertThat(sent).hasSize(2);
        assertThat(related[0].get(Post_.author).name()).isEqualTo("ann");
        assertThat(related[0].get(Post_.tags)).hasSize(2);
        Post filled = related[0].entity();
        assertThat(filled).isNotSameAs(first);
        assertThat(filled.author().name()).isEqualTo("ann");
        assertThat(filled.tags()).extracting(tag -> tag.name).containsExactly("java", "sql");
        assertThat(first.author()).as("the original record is untouched").isNull();
        assertThat(related[0].problems()).isEmpty();
    }

    @Test
    void fetchAllFillsAClassInstanceInPlace(Database db) {
        Tag sql = db.get(Tag.class, 2L);

        Related<Tag> related = db.fetchAll(sql);

        assertThat(related.entity()).isSameAs(sql);
        assertThat(sql.posts).extracting(Post::title).containsExactly("first", "third");
    }

    @Test
    void fetchAllLeavesAnUnreadableRelationEmptyAndSaysWhy(Database db) {
        Draft draft = db.get(Draft.class, 1L);

        Related<Draft> related = db.fetchAll(draft);

        assertThat(related.get(Draft_.author).name()).isEqualTo("ben");
        assertThat(related.get(Draft_.archive)).isEmpty();
        assertThat(related.problems()).containsOnlyKeys("archive");
        assertThat(related.problems().get("archive")).contains("42P01");
    }

    @Test
    void fetchAllInsideATransactionKeepsTheTransactionUsable(Database db) {
        String name = db.withTransaction(tx -> {
            Related<Draft> related = tx.fetchAll(tx.get(Draft.class, 1L));
            assertThat(related.problems()).containsOnlyKeys("archive");
            return tx.get(Author.class, 3L).name();                       // still works: the failure was a savepoint
        });

        assertThat(name).isEqualTo("cy");
    }

    @Test
    void badArgumentsAreRefusedBeforeAnySql(Database db, SqlCapture capture) {
        Post first = db.get(Post.class, 1L);

        List<CapturedStatement> sent = capture.during(() -> {
            assertThatThrownBy(() -> db.fetch(null, Post_.author)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("entity");
            assertThatThrownBy(() -> db.fetch(first, (dev.tusk.query.Relation.ToOne<Post, Author>) null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("relation");
            assertThatThrownBy(() -> db.fetch(Author.named("unsaved"), Author_.posts))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("insert it first");
        });

        assertThat(sent).isEmpty();
    }
}
