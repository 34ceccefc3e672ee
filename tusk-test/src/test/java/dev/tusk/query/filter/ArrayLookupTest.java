package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Condition;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Array lookups on Pagila's {@code film.special_features text[]}: contains, containedBy, overlaps, any. */
@TuskTest(pagila = true)
class ArrayLookupTest {

    @Test
    void containsKeepsArraysHoldingEveryValue(Database db) {
        List<Integer> found = filmIds(db, Film_.specialFeatures.contains(List.of("Trailers", "Commentaries")));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db,
                features -> features.contains("Trailers") && features.contains("Commentaries")));
        assertThat(found).hasSizeLessThan(filmIds(db, Film_.specialFeatures.contains(List.of("Trailers"))).size());
    }

    @Test
    void overlapsKeepsArraysSharingAnyValue(Database db) {
        List<Integer> found = filmIds(db, Film_.specialFeatures.overlaps(List.of("Deleted Scenes", "Commentaries")));

        assertThat(found).isNotEmpty().hasSizeLessThan(1000).containsExactlyElementsOf(filmIdsWhere(db,
                features -> features.contains("Deleted Scenes") || features.contains("Commentaries")));
    }

    @Test
    void containedByKeepsArraysWithinTheValues(Database db) {
        List<Integer> found = filmIds(db, Film_.specialFeatures.containedBy(List.of("Trailers", "Deleted Scenes")));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db,
                features -> Set.of("Trailers", "Deleted Scenes").containsAll(features)));
    }

    @Test
    void anyKeepsArraysHoldingTheElement(Database db) {
        List<Integer> found = filmIds(db, Film_.specialFeatures.any("Behind the Scenes"));

        assertThat(found).isNotEmpty().hasSizeLessThan(1000)
                .containsExactlyElementsOf(filmIdsWhere(db, features -> features.contains("Behind the Scenes")));
    }

    @Test
    void arrayValuesAreOneBoundParameterEvenWithArraySyntaxInThem(Database db, SqlCapture capture) {
        var sent = capture.during(() -> {
            assertThat(filmIds(db, Film_.specialFeatures.overlaps(List.of("Trailers\"}", "{Commentaries,", "'; --"))))
                    .isEmpty();
            assertThat(filmIds(db, Film_.specialFeatures.any("Trailers'}"))).isEmpty();
        });

        assertThat(sent).hasSize(2).allSatisfy(statement -> assertThat(statement.params()).hasSize(1));
        assertThat(sent.get(0).sql()).contains("&& ?");
        assertThat(sent.get(1).sql()).contains("? = ANY(");
    }

    @Test
    void nullValuesAreRefusedBeforeSql(Database db, SqlCapture capture) {
        var sent = capture.during(() -> {
            assertThatThrownBy(() -> Film_.specialFeatures.any(null)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> Film_.specialFeatures.contains(Arrays.asList("Trailers", null)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("contains(...)");
        });

        assertThat(sent).isEmpty();
    }

    private static List<Integer> filmIds(Database db, Condition condition) {
        return db.from(Film.class).where(condition).orderBy(Film_.filmId.asc()).list().stream().map(Film::filmId).toList();
    }

    private static List<Integer> filmIdsWhere(Database db, Predicate<List<String>> predicate) {
        return db.sql("select * from film order by film_id").list(Film.class).stream()
                .filter(film -> film.specialFeatures() != null && predicate.test(film.specialFeatures()))
                .map(Film::filmId).toList();
    }
}
