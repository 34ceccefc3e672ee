package dev.tusk.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** db.link(...): add (idempotent), remove, set (one transaction), clear, on a real junction table. */
@TuskTest
class LinkTest {
    private Post post;
    private Tag java;
    private Tag sql;
    private Tag news;

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table author (id bigserial primary key, name text not null);
                create table post (id bigserial primary key, author_id bigint references author, title text not null);
                create table tag (id bigserial primary key, name text not null unique);
                create table post_tag (post_id bigint references post, tag_id bigint references tag,
                    primary key (post_id, tag_id));
                """);
    }

    @BeforeEach
    void rows(Database db, TestDatabase database) {
        database.execute("truncate post_tag, post, tag, author restart identity");
        post = db.insert(Post.of(null, "hello"));
        java = db.insert(new Tag("java"));
        sql = db.insert(new Tag("sql"));
        news = db.insert(new Tag("news"));
    }

    @Test
    void addLinksAndIsIdempotent(Database db) {
        assertThat(db.link(post, Post_.tags).add(java, sql)).isEqualTo(2);
        assertThat(db.link(post, Post_.tags).add(java, news)).as("java was linked already").isEqualTo(1);

        assertThat(names(db)).containsExactly("java", "news", "sql");
    }

    @Test
    void removeUnlinksOnlyThoseAndKeepsTheEntities(Database db) {
        db.link(post, Post_.tags).add(java, sql, news);

        assertThat(db.link(post, Post_.tags).remove(sql, sql)).isEqualTo(1);

        assertThat(names(db)).containsExactly("java", "news");
        assertThat(db.from(Tag.class).count()).isEqualTo(3);
    }

    @Test
    void setMakesTheLinksExactlyTheGivenOnes(Database db) {
        db.link(post, Post_.tags).add(java, sql);

        db.link(post, Post_.tags).set(List.of(sql, news));

        assertThat(names(db)).containsExactly("news", "sql");
        db.link(post, Post_.tags).set(List.of());
        assertThat(names(db)).isEmpty();
    }

    @Test
    void setIsOneTransaction(Database db) {
        db.link(post, Post_.tags).add(java);
        Tag unsaved = new Tag("unsaved");
        unsaved.id = 999L;                                                   // no such tag: the foreign key fails

        assertThatThrownBy(() -> db.link(post, Post_.tags).set(List.of(sql, unsaved)))
                .isInstanceOf(dev.tusk.exception.ConstraintViolationException.class);

        assertThat(names(db)).as("the unlink of java was rolled back").containsExactly("java");
    }

    @Test
    void clearUnlinksEverything(Database db) {
        db.link(post, Post_.tags).add(java, sql);

        assertThat(db.link(post, Post_.tags).clear()).isEqualTo(2);

        assertThat(names(db)).isEmpty();
    }

    @Test
    void theInverseSideWritesTheSameJunction(Database db) {
        db.link(java, Tag_.posts).add(post);

        assertThat(names(db)).containsExactly("java");
    }

    @Test
    void misuseIsRefusedBeforeAnySql(Database db) {
        Author ann = db.insert(Author.named("ann"));

        assertThatThrownBy(() -> db.link(ann, Author_.posts)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("@ManyToMany").hasMessageContaining("ONE_TO_MANY");
        assertThatThrownBy(() -> db.link(post, Post_.tags).add(new Tag("unsaved")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("insert it first");
        assertThatThrownBy(() -> db.link(post, Post_.tags).add((Tag) null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> db.link(Post.of(null, "unsaved"), Post_.tags))
                .isInstanceOf(ValidationException.class).hasMessageContaining("insert it first");
    }

    private List<String> names(Database db) {
        return db.fetch(post, Post_.tags).stream().map(tag -> tag.name).sorted().toList();
    }
}
