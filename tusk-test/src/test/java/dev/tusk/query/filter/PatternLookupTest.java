package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.query.Condition;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * like and ilike take a pattern as written; contains, icontains, startsWith and endsWith take
 * literal text, so LIKE's {@code %}, {@code _} and {@code \} in it match only themselves.
 */
@TuskTest
class PatternLookupTest {

    @BeforeAll
    static void snippets(TestDatabase database) {
        database.execute("""
                create table qa_snippet (id serial primary key, body text);
                insert into qa_snippet (body) values
                  ('100%'), ('100 percent'), ('1000'), ('a_b'), ('axb'), ('A_B'), ('AXB'),
                  (E'back\\\\slash'), ('backslash'), ('it''s 50% off'), (null);
                """);
    }

    @Test
    void theFixtureHoldsOneBackslash(Database db) {
        assertThat(db.sql("select body from qa_snippet where body like 'back%' order by body").list(String.class))
                .containsExactly("back\\slash", "backslash");
    }

    @Test
    void containsTreatsPercentAsText(Database db) {
        assertThat(bodies(db, Snippet_.body.contains("100%"))).containsExactlyInAnyOrder("100%");
        assertThat(bodies(db, Snippet_.body.contains("0%"))).containsExactlyInAnyOrder("100%", "it's 50% off");
    }

    @Test
    void containsTreatsUnderscoreAsText(Database db) {
        assertThat(bodies(db, Snippet_.body.contains("a_b"))).containsExactlyInAnyOrder("a_b");
    }

    @Test
    void containsTreatsBackslashAsText(Database db) {
        assertThat(bodies(db, Snippet_.body.contains("back\\slash"))).containsExactlyInAnyOrder("back\\slash");
        assertThat(bodies(db, Snippet_.body.contains("\\"))).containsExactlyInAnyOrder("back\\slash");
    }

    @Test
    void icontainsIgnoresCaseButNotWildcards(Database db) {
        assertThat(bodies(db, Snippet_.body.icontains("a_b"))).containsExactlyInAnyOrder("A_B", "a_b");
        assertThat(bodies(db, Snippet_.body.icontains("AXB"))).containsExactlyInAnyOrder("AXB", "axb");
        assertThat(bodies(db, Snippet_.body.icontains("IT'S 50%"))).containsExactlyInAnyOrder("it's 50% off");
    }

    @Test
    void startsWithMatchesTheLiteralPrefix(Database db) {
        assertThat(bodies(db, Snippet_.body.startsWith("100"))).containsExactlyInAnyOrder("100 percent", "100%", "1000");
        assertThat(bodies(db, Snippet_.body.startsWith("100%"))).containsExactlyInAnyOrder("100%");
        assertThat(bodies(db, Snippet_.body.startsWith("a_"))).containsExactlyInAnyOrder("a_b");
        assertThat(bodies(db, Snippet_.body.startsWith("A"))).as("case-sensitive").containsExactlyInAnyOrder("A_B", "AXB");
    }

    @Test
    void endsWithMatchesTheLiteralSuffix(Database db) {
        assertThat(bodies(db, Snippet_.body.endsWith("%"))).containsExactlyInAnyOrder("100%");
        assertThat(bodies(db, Snippet_.body.endsWith("_b"))).containsExactlyInAnyOrder("a_b");
        assertThat(bodies(db, Snippet_.body.endsWith("\\slash"))).containsExactlyInAnyOrder("back\\slash");
    }

    @Test
    void likeTakesThePatternAsWritten(Database db) {
        assertThat(bodies(db, Snippet_.body.like("100%"))).containsExactlyInAnyOrder("100 percent", "100%", "1000");
        assertThat(bodies(db, Snippet_.body.like("a_b"))).containsExactlyInAnyOrder("a_b", "axb");
        assertThat(bodies(db, Snippet_.body.like("100\\%"))).as("backslash escapes").containsExactlyInAnyOrder("100%");
        assertThat(bodies(db, Snippet_.body.like("%\\\\%"))).containsExactlyInAnyOrder("back\\slash");
    }

    @Test
    void ilikeTakesThePatternAsWrittenIgnoringCase(Database db) {
        assertThat(bodies(db, Snippet_.body.ilike("a_b"))).containsExactlyInAnyOrder("A_B", "AXB", "a_b", "axb");
        assertThat(bodies(db, Snippet_.body.ilike("A\\_B"))).containsExactlyInAnyOrder("A_B", "a_b");
    }

    @Test
    void emptyTextMatchesEveryNonNullRow(Database db) {
        assertThat(bodies(db, Snippet_.body.contains(""))).hasSize(10);
    }

    @Test
    void thePatternIsOneBoundParameter(Database db, SqlCapture capture) {
        var sent = capture.during(() -> bodies(db, Snippet_.body.contains("it's 50%")));

        assertThat(sent).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).contains("LIKE ?").doesNotContain("it's");
            assertThat(statement.params()).containsExactly("%it's 50\\%%");
        });
    }

    private static List<String> bodies(Database db, Condition condition) {
        return db.from(Snippet.class).where(condition).list().stream().map(Snippet::body).sorted().toList();
    }
}
