package dev.tusk.pagila;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.Key;
import dev.tusk.annotation.Column;
import dev.tusk.annotation.Default;
import dev.tusk.annotation.EnumLabel;
import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.mapping.Row;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Mapping a real schema: Pagila's film table (enum with non-Java labels, arrays, domains, tsvector, triggers). */
@TuskTest(pagila = true)
class PagilaMappingTest {

    enum Rating { G, PG, @EnumLabel("PG-13") PG_13, R, @EnumLabel("NC-17") NC_17 }

    @Table(name = "film")
    record Film(@Id @Generated Integer filmId,
                String title,
                String description,
                Integer releaseYear,
                int languageId,
                Integer originalLanguageId,
                @Default("3") Short rentalDuration,
                @Default("4.99") BigDecimal rentalRate,
                Short length,
                @Default("19.99") BigDecimal replacementCost,
                @Enumerated(type = "mpaa_rating") Rating rating,
                @Default("now()") OffsetDateTime lastUpdate,
                List<String> specialFeatures,
                @Column(type = "tsvector") @Default("''") String fulltext) {}

    @Table(name = "film_actor")
    record FilmActor(@Id int actorId, @Id int filmId, @Default("now()") OffsetDateTime lastUpdate) {}

    @Test
    void everyFilmMapsIntoARecord(Database db) {
        List<Film> films = db.sql("select * from film order by film_id").list(Film.class);

        assertThat(films).hasSize(1000);
        Map<Rating, Long> byRating = films.stream().collect(Collectors.groupingBy(Film::rating, Collectors.counting()));
        assertThat(byRating.keySet()).containsExactlyInAnyOrder(Rating.values());
        assertThat(byRating.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
        Film academy = films.get(0);
        assertThat(academy.title()).isEqualTo("ACADEMY DINOSAUR");
        assertThat(academy.releaseYear()).isEqualTo(2006);
        assertThat(academy.rentalRate()).isEqualByComparingTo("0.99");
        assertThat(academy.length()).isEqualTo((short) 86);
        assertThat(academy.specialFeatures()).containsExactly("Deleted Scenes", "Behind the Scenes");
        assertThat(academy.fulltext()).contains("'dinosaur':2");
    }

    @Test
    void enumLabelsThatAreNotJavaNamesRoundTrip(Database db) {
        List<Film> pg13 = db.sql("select * from film where rating = :rating::mpaa_rating")
                .bind("rating", "PG-13").list(Film.class);

        assertThat(pg13).isNotEmpty().allMatch(film -> film.rating() == Rating.PG_13);
    }

    @Test
    void insertedFilmGetsKeyDefaultsAndTriggerValuesBack(Database db) {
        Film draft = new Film(null, "TUSK RISING", "A Gripping Tale of an ORM", 2026, 1, null, null, null, (short) 101,
                null, Rating.NC_17, null, List.of("Trailers", "Commentaries"), null);

        Film saved = db.insert(draft);

        assertThat(saved.filmId()).isGreaterThan(1000);
        assertThat(saved.rentalDuration()).isEqualTo((short) 3);
        assertThat(saved.rentalRate()).isEqualByComparingTo("4.99");
        assertThat(saved.fulltext()).as("filled by Pagila's tsvector trigger").contains("'tusk':1");
        assertThat(db.get(Film.class, saved.filmId())).isEqualTo(saved);
        Row stored = db.sql("select rating::text as rating, special_features from film where film_id = :id")
                .bind("id", saved.filmId()).one();
        assertThat(stored.getString("rating")).isEqualTo("NC-17");
        assertThat(stored.get("special_features")).isEqualTo(List.of("Trailers", "Commentaries"));
    }

    @Test
    void compositeKeyOfTheJoinTable(Database db) {
        FilmActor link = db.get(FilmActor.class, Key.of(1, 23));

        assertThat(link.lastUpdate()).isNotNull();
        assertThat(db.find(FilmActor.class, Key.of(1, 2))).isEmpty();
    }
}
