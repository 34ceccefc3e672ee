package dev.tusk.query.filter;

import static dev.tusk.query.Conditions.and;
import static dev.tusk.query.Conditions.not;
import static dev.tusk.query.Conditions.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Condition;
import dev.tusk.query.Query;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@code where}, {@code and}, {@code or}, {@code not} and {@code whereNot} over Pagila's 1,000 films.
 * Each result is checked against the same filter evaluated in Java over every film.
 */
@TuskTest(pagila = true)
class BooleanCompositionTest {

    @Test
    void whereArgumentsAreAndedTogether(Database db) {
        List<Integer> found = filmIds(db.from(Film.class).where(Film_.length.gt((short) 150), Film_.rating.eq(Rating.PG_13)));

        List<Integer> expected = filmIdsWhere(db, film -> film.length() > 150 && film.rating() == Rating.PG_13);
        assertThat(found).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(db.from(Film.class).where(Film_.length.gt((short) 150)).count()).isGreaterThan(found.size());
        assertThat(db.from(Film.class).where(Film_.rating.eq(Rating.PG_13)).count()).isGreaterThan(found.size());
    }

    @Test
    void repeatedWhereCallsAreAndedWithEarlierOnes(Database db) {
        Query<Film> base = db.from(Film.class).where(Film_.length.gt((short) 150));
        List<Integer> narrowed = filmIds(base.where(Film_.title.startsWith("S")));

        assertThat(narrowed).isNotEmpty()
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() > 150 && film.title().startsWith("S")));
        assertThat(filmIds(base)).as("the base query is unchanged").hasSize(filmIdsWhere(db, film -> film.length() > 150).size());
    }

    @Test
    void orKeepsRowsMatchingAnyCondition(Database db) {
        List<Integer> found = filmIds(db.from(Film.class)
                .where(or(Film_.length.lt((short) 50), Film_.rating.eq(Rating.NC_17), Film_.title.eq("ZORRO ARK"))));

        assertThat(found).containsExactlyElementsOf(filmIdsWhere(db,
                film -> film.length() < 50 || film.rating() == Rating.NC_17 || film.title().equals("ZORRO ARK")));
    }

    @Test
    void orNextToAnotherWhereArgumentStaysGrouped(Database db) {
        // a OR b AND c would be a OR (b AND c) without the parentheses
        List<Integer> found = filmIds(db.from(Film.class)
                .where(or(Film_.rating.eq(Rating.G), Film_.rating.eq(Rating.PG)), Film_.length.gt((short) 170)));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db,
                film -> (film.rating() == Rating.G || film.rating() == Rating.PG) && film.length() > 170));
    }

    @Test
    void andOrAndNotNestInsideEachOther(Database db) {
        Condition nested = or(
                and(Film_.rating.eq(Rating.R), or(Film_.length.lt((short) 60), not(Film_.title.contains("A")))),
                and(not(or(Film_.rentalDuration.lt((short) 5), Film_.length.gte((short) 100))), Film_.title.endsWith("E")));

        List<Integer> found = filmIds(db.from(Film.class).where(nested));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db,
                film -> film.rating() == Rating.R && (film.length() < 60 || !film.title().contains("A"))
                        || !(film.rentalDuration() < 5 || film.length() >= 100) && film.title().endsWith("E")));
    }

    @Test
    void conditionsNestFortyLevelsDeep(Database db) {
        // level k: or(and(length > 40+2k, <level k+1>), title starts with letter k), with a not() every third level
        Condition condition = Film_.rating.eq(Rating.PG);
        Predicate<Film> predicate = film -> film.rating() == Rating.PG;
        for (int level = 39; level >= 0; level--) {
            short minimum = (short) (40 + 2 * level);
            String letter = String.valueOf((char) ('A' + level % 26));
            Predicate<Film> inner = predicate;
            condition = or(and(Film_.length.gt(minimum), condition), Film_.title.startsWith(letter));
            predicate = film -> film.length() > minimum && inner.test(film) || film.title().startsWith(letter);
            if (level % 3 == 0) {
                Predicate<Film> positive = predicate;
                condition = not(condition);
                predicate = film -> !positive.test(film);
            }
        }

        List<Integer> found = filmIds(db.from(Film.class).where(condition));

        List<Integer> expected = filmIdsWhere(db, predicate);
        assertThat(expected).isNotEmpty().hasSizeLessThan(1000);
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void whereNotExcludesRowsMatchingTheCondition(Database db) {
        List<Integer> found = filmIds(db.from(Film.class).whereNot(Film_.rating.eq(Rating.G)));

        assertThat(found).hasSize(1000 - filmIdsWhere(db, film -> film.rating() == Rating.G).size())
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.rating() != Rating.G));
    }

    @Test
    void whereNotWithSeveralConditionsExcludesRowsMatchingAllOfThem(Database db) {
        List<Integer> found = filmIds(db.from(Film.class)
                .whereNot(Film_.rating.eq(Rating.G), Film_.length.gt((short) 100)));

        assertThat(found).containsExactlyElementsOf(filmIdsWhere(db,
                film -> !(film.rating() == Rating.G && film.length() > 100)));
        assertThat(found).as("short G films stay").anyMatch(id -> rating(db, id) == Rating.G);
        assertThat(found).as("long G films go").hasSizeLessThan(1000);
    }

    @Test
    void whereNotCombinesWithWhere(Database db) {
        List<Integer> found = filmIds(db.from(Film.class)
                .where(Film_.length.lt((short) 60))
                .whereNot(Film_.rating.in(List.of(Rating.G, Rating.PG))));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db,
                film -> film.length() < 60 && film.rating() != Rating.G && film.rating() != Rating.PG));
    }

    @Test
    void emptyOrNullCompositionsAreRefusedBeforeSql(Database db, SqlCapture capture) {
        var sent = capture.during(() -> {
            assertThatThrownBy(() -> or()).isInstanceOf(ValidationException.class).hasMessageContaining("or(...)");
            assertThatThrownBy(() -> and()).isInstanceOf(ValidationException.class).hasMessageContaining("and(...)");
            assertThatThrownBy(() -> not(null)).isInstanceOf(ValidationException.class).hasMessageContaining("not(...)");
            assertThatThrownBy(() -> db.from(Film.class).where((Condition) null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("where(...)");
        });

        assertThat(sent).isEmpty();
    }

    @Test
    void whereNotWithoutConditionsIsRefusedInsteadOfExcludingEveryRow(Database db, SqlCapture capture) {
        var sent = capture.during(() -> assertThatThrownBy(() -> db.from(Film.class).whereNot().list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("whereNot(...) needs at least one condition"));

        assertThat(sent).isEmpty();
    }

    private static List<Integer> filmIds(Query<Film> query) {
        return query.orderBy(Film_.filmId.asc()).list().stream().map(Film::filmId).toList();
    }

    private static List<Integer> filmIdsWhere(Database db, Predicate<Film> predicate) {
        return db.sql("select * from film order by film_id").list(Film.class).stream()
                .filter(predicate).map(Film::filmId).toList();
    }

    private static Rating rating(Database db, int filmId) {
        return db.get(Film.class, filmId).rating();
    }
}
