package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code whereExample} with an enum whose label is not a Java name, and an array, on Pagila's films. */
@TuskTest(pagila = true)
class FilmQueryByExampleTest {

    @Test
    void enumAndNumberFieldsOfTheProbeMustBothMatch(Database db) {
        Film probe = new Film(null, null, null, null, null, null, (short) 7, null, null, null, Rating.PG_13, null, null, null);

        List<Integer> found = db.from(Film.class).whereExample(probe).list().stream().map(Film::filmId).sorted().toList();

        assertThat(found).isNotEmpty().containsExactlyElementsOf(
                db.sql("select film_id from film where rating = 'PG-13' and rental_duration = 7 order by film_id").list(Integer.class));
    }

    @Test
    void anArrayFieldMatchesTheWholeArrayInOrder(Database db) {
        Film probe = new Film(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of("Trailers", "Commentaries"), null);

        List<Film> found = db.from(Film.class).whereExample(probe).list();

        assertThat(found).isNotEmpty().allMatch(film -> film.specialFeatures().equals(List.of("Trailers", "Commentaries")));
        assertThat(found).hasSize(db.sql("select film_id from film where special_features = '{Trailers,Commentaries}'")
                .list(Integer.class).size());
    }
}
