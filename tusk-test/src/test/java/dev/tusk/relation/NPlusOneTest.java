package dev.tusk.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Session;
import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.RelationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** N+1 detection: the same read sent too often in one transaction or session warns, or throws when strict. */
@TuskTest
class NPlusOneTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table author (id bigserial primary key, name text not null);
                create table post (id bigserial primary key, author_id bigint references author, title text not null);
                insert into author (name) select 'author ' || n from generate_series(1, 12) n;
                insert into post (author_id, title) select n, 'post ' || n from generate_series(1, 12) n;
                """);
    }

    @Test
    void strictModeThrowsNamingTheRelationAndTheFix(Database db) {
        assertThatThrownBy(() -> db.useTransaction(tx -> {
            for (Post post : tx.from(Post.class).orderBy(Post_.id.asc()).list()) {
                tx.fetch(post, Post_.author);                              // one statement per post: N+1
            }
        })).isInstanceOf(RelationException.class)
                .hasMessageContaining("possible N+1: Post.author was loaded 11 times in one transaction")
                .hasMessageContaining("include(Post_.author)")
                .hasMessageContaining("prefetch(Post_.author)");
    }

    @Test
    void theFixSendsTwoStatementsAndPasses(Database db) {
        List<Post> posts = db.withTransaction(tx -> tx.from(Post.class).prefetch(Post_.author).list());

        assertThat(posts).allSatisfy(post -> assertThat(post.author()).isNotNull());
    }

    @Test
    void upToTheThresholdIsFineAndOutsideATransactionNothingIsCounted(Database db) {
        List<Post> posts = db.from(Post.class).orderBy(Post_.id.asc()).list();
        db.useTransaction(tx -> posts.subList(0, 10).forEach(post -> tx.fetch(post, Post_.author)));

        posts.forEach(post -> db.fetch(post, Post_.author));              // autocommit: each its own transaction
    }

    @Test
    void aSessionCountsAcrossItsCalls(Database db) {
        try (Session session = db.openSession()) {
            assertThatThrownBy(() -> {
                for (long id = 1; id <= 12; id++) {
                    session.get(Post.class, id);                           // each a new key: 12 lookups
                }
            }).isInstanceOf(RelationException.class).hasMessageContaining("the same statement was sent 11 times");
        }
    }

    @Test
    void theDefaultWarnsOnDevTuskRelationsInsteadOfThrowing(TestDatabase database) {
        try (Database lenient = Database.builder().dataSource(database.database().dataSource()).build()) {
            String log = capturingStandardError(() -> lenient.useTransaction(tx -> {
                for (Post post : tx.from(Post.class).list()) {
                    tx.fetch(post, Post_.author);
                }
            }));

            assertThat(log).contains("WARN dev.tusk.relations", "possible N+1: Post.author was loaded 11 times");
            assertThat(log.split("possible N\\+1", -1)).as("reported once per statement").hasSize(2);
        }
    }

    @Test
    void detectionCanBeTunedOrTurnedOff(TestDatabase database) {
        assertThatThrownBy(() -> Database.builder().nPlusOne(0, true)).isInstanceOf(ConfigurationException.class);
        try (Database off = Database.builder().dataSource(database.database().dataSource()).nPlusOneOff().build()) {
            String log = capturingStandardError(() -> off.useTransaction(tx -> {
                for (Post post : tx.from(Post.class).list()) {
                    tx.fetch(post, Post_.author);
                }
            }));
            assertThat(log).doesNotContain("N+1");
        }
    }

    private static String capturingStandardError(Runnable block) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
