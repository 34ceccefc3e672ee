package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.query.Col;
import dev.tusk.query.Condition;
import dev.tusk.query.TextQuery;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code matches}: full-text search on Pagila's {@code film.fulltext tsvector} (searched as it is)
 * and on the plain text {@code film.description} (through {@code to_tsvector}), checked against
 * the same search written in SQL.
 */
@TuskTest(pagila = true)
class FullTextSearchTest {

    @Test
    void matchesSearchesATsvectorColumnWithWebsearchSyntax(Database db) {
        List<Integer> found = filmIds(db, Film_.fulltext.matches("dinosaur"));

        assertThat(found).isNotEmpty().hasSizeLessThan(1000).containsExactlyElementsOf(sqlIds(db,
                "fulltext @@ websearch_to_tsquery('english', 'dinosaur')"));
        assertThat(found).allSatisfy(id -> assertThat(db.get(Film.class, id).fulltext()).contains("'dinosaur'"));
    }

    @Test
    void websearchUnderstandsPhrasesAndExclusion(Database db) {
        List<Integer> found = filmIds(db, Film_.fulltext.matches("\"mad scientist\" -boat"));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(sqlIds(db,
                "fulltext @@ websearch_to_tsquery('english', '\"mad scientist\" -boat')"));
        assertThat(found).allSatisfy(id -> assertThat(db.get(Film.class, id).description()).contains("Mad Scientist"))
                .noneMatch(id -> db.get(Film.class, id).fulltext().contains("'boat'"));
        assertThat(found).hasSizeLessThan(filmIds(db, Film_.fulltext.matches("\"mad scientist\"")).size());
    }

    @Test
    void websearchOrKeepsEitherWord(Database db) {
        List<Integer> found = filmIds(db, Film_.fulltext.matches("dentist or dinosaur"));

        List<Integer> either = new java.util.ArrayList<>(filmIds(db, Film_.fulltext.matches("dentist")));
        either.addAll(filmIds(db, Film_.fulltext.matches("dinosaur")));
        assertThat(found).isNotEmpty().containsExactlyElementsOf(either.stream().distinct().sorted().toList());
    }

    @Test
    void rawModeTakesTsquerySyntax(Database db) {
        List<Integer> found = filmIds(db, Film_.fulltext.matches("fate & (lion | dog)", TextQuery.RAW, "english"));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(sqlIds(db,
                "fulltext @@ to_tsquery('english', 'fate & (lion | dog)')"));
    }

    @Test
    void plainModeNeedsEveryWord(Database db) {
        List<Integer> found = filmIds(db, Film_.fulltext.matches("astounding drama", TextQuery.PLAIN, "english"));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(sqlIds(db,
                "fulltext @@ plainto_tsquery('english', 'astounding drama')"));
        assertThat(found).hasSizeLessThan(filmIds(db, Film_.fulltext.matches("drama")).size());
    }

    @Test
    void matchesOnATextColumnStemsInTheGivenConfiguration(Database db) {
        // descriptions say "Scientist"; the english configuration stems "scientists" to it, simple does not
        List<Integer> english = filmIds(db, Film_.description.matches("scientists"));
        List<Integer> simple = filmIds(db, Film_.description.matches("scientists", TextQuery.WEBSEARCH, "simple"));

        assertThat(english).isNotEmpty().containsExactlyElementsOf(sqlIds(db,
                "to_tsvector('english', description) @@ websearch_to_tsquery('english', 'scientists')"));
        assertThat(english).allMatch(id -> db.get(Film.class, id).description().contains("Scientist"));
        assertThat(simple).isEmpty();
        assertThat(filmIds(db, Film_.description.matches("scientist", TextQuery.WEBSEARCH, "simple"))).isEqualTo(english);
    }

    @Test
    void aNamedTsvectorColumnIsSearchedAsItIs(Database db, SqlCapture capture) {
        var sent = capture.during(() -> assertThat(filmIds(db, Col.of("fulltext").matches("dinosaur"))).isNotEmpty()
                .isEqualTo(filmIds(db, Film_.fulltext.matches("dinosaur"))));

        assertThat(sent.get(0).sql()).doesNotContain("to_tsvector").contains("websearch_to_tsquery(CAST(? AS regconfig), ?)");
    }

    @Test
    void theSearchTextAndConfigurationAreBound(Database db, SqlCapture capture) {
        var sent = capture.during(() -> assertThat(filmIds(db, Film_.description.matches("it's -- a 'quoted' search;")))
                .isEmpty());

        assertThat(sent).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).doesNotContain("quoted").doesNotContain("english");
            assertThat(statement.params()).contains("it's -- a 'quoted' search;", "english");
        });
    }

    private static List<Integer> filmIds(Database db, Condition condition) {
        return db.from(Film.class).where(condition).orderBy(Film_.filmId.asc()).list().stream().map(Film::filmId).toList();
    }

    private static List<Integer> sqlIds(Database db, String where) {
        return db.sql("select film_id from film where " + where + " order by film_id").list(Integer.class);
    }
}
