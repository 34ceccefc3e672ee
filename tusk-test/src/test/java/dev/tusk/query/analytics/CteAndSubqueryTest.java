package dev.tusk.query.analytics;

import static dev.tusk.query.Aggregates.count;
import static dev.tusk.query.Aggregates.max;
import static dev.tusk.query.Conditions.exists;
import static dev.tusk.query.Conditions.notExists;
import static dev.tusk.query.Conditions.outer;
import static dev.tusk.query.Functions.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.query.Cte;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code WITH} (plain, raw SQL, recursive, several), {@code fromCte}, EXISTS, IN and scalar subqueries. */
@TuskTest(pagila = true)
class CteAndSubqueryTest {

    record FilmWithCast(Integer filmId, String title, Long actors) {}

    @Test
    void selectsFromACteBuiltFromAQuery(Database db) {
        List<Film> films = db.from(Film.class)
                .with(Cte.of("long_films", db.from(Film.class).where(Film_.length.gt((short) 180))))
                .fromCte("long_films")
                .where(Film_.rating.eq(Rating.PG_13))
                .orderBy(Film_.title.asc())
                .list();

        List<String> expected = db.sql("select title from film where length > 180 and rating = 'PG-13' order by title")
                .list(String.class);
        assertThat(expected).isNotEmpty();
        assertThat(films).extracting(Film::title).containsExactlyElementsOf(expected);
        assertThat(films).allMatch(film -> film.length() > 180 && film.rating() == Rating.PG_13);
    }

    @Test
    void selectsFromARawSqlCteWithBoundValues(Database db, SqlCapture capture) {
        var statements = capture.during(() -> {
            long cheap = db.from(Film.class)
                    .with(Cte.of("cheap", "select * from film where rental_rate < :rate", Map.of("rate", new BigDecimal("1.00"))))
                    .fromCte("cheap")
                    .where(Film_.length.lt((short) 60))
                    .count();
            assertThat(cheap).isPositive().isEqualTo(
                    db.sql("select count(*) from film where rental_rate < 1 and length < 60").one(Long.class));
        });

        assertThat(statements.get(0).sql()).startsWith("WITH \"cheap\" AS (select * from film where rental_rate < ?)"
                + " SELECT count(*)");
        assertThat(statements.get(0).params()).hasSize(2);
    }

    @Test
    void recursiveRawSqlCteGeneratesASeriesReadAsEntities(Database db) {
        List<Step> steps = db.from(Step.class)
                .with(Cte.recursive("series", "select 1 as n union all select n + 1 from series where n < :max",
                        Map.of("max", 10)))
                .fromCte("series")
                .where(Step_.n.gt(3))
                .orderBy(Step_.n.desc())
                .list();

        assertThat(steps).extracting(Step::n).containsExactly(10, 9, 8, 7, 6, 5, 4);
    }

    @Test
    void recursiveCteColumnsAreReadByNameFromAnyQuery(Database db) {
        List<Row> squares = db.from(Film.class)
                .with(Cte.recursive("series", "select 1 as n union all select n + 1 from series where n < :max",
                        Map.of("max", 5)))
                .fromCte("series")
                .orderBy(Cte.column("series", "n").asc())
                .values(Cte.column("series", "n").as("n"));

        assertThat(squares).extracting(row -> row.getInt("n")).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void severalCtesWhereTheSecondReadsTheFirst(Database db) {
        List<Film> films = db.from(Film.class)
                .with(Cte.of("rated_r", db.from(Film.class).where(Film_.rating.eq(Rating.R))),
                        Cte.of("long_rated_r", "select * from rated_r where length > :minutes", Map.of("minutes", 175)))
                .fromCte("long_rated_r")
                .orderBy(Film_.filmId.asc())
                .list();

        List<Integer> expected = db.sql("select film_id from film where rating = 'R' and length > 175 order by film_id")
                .list(Integer.class);
        assertThat(expected).isNotEmpty();
        assertThat(films).extracting(Film::filmId).containsExactlyElementsOf(expected);
    }

    @Test
    void subqueryReadsACteOfTheEnclosingQuery(Database db) {
        List<Actor> actors = db.from(Actor.class)
                .with(Cte.of("cast_of_one", db.from(FilmActor.class).where(FilmActor_.filmId.eq(1))))
                .where(Actor_.actorId.in(db.from(FilmActor.class).fromCte("cast_of_one"), FilmActor_.actorId))
                .orderBy(Actor_.actorId.asc())
                .list();

        List<Integer> expected = db.sql("select actor_id from film_actor where film_id = 1 order by actor_id")
                .list(Integer.class);
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(actors).extracting(Actor::actorId).containsExactlyElementsOf(expected);
    }

    @Test
    void cteAggregatesThroughTheQueryBuilder(Database db) {
        Row longest = db.from(Film.class)
                .with(Cte.of("kids", db.from(Film.class).where(Film_.rating.in(List.of(Rating.G, Rating.PG)))))
                .fromCte("kids")
                .aggregate(count().as("films"), max(Film_.length).as("longest"));

        Row expected = db.sql("select count(*) as films, max(length) as longest from film where rating in ('G', 'PG')").one();
        assertThat(longest.toMap()).isEqualTo(expected.toMap());
    }

    @Test
    void existsKeepsRowsWithAMatchInTheCorrelatedSubquery(Database db) {
        List<Film> withActorOne = db.from(Film.class)
                .where(exists(db.from(FilmActor.class)
                        .where(FilmActor_.filmId.eq(outer(Film_.filmId)), FilmActor_.actorId.eq(1))))
                .orderBy(Film_.filmId.asc())
                .list();

        List<Integer> expected = db.sql("select film_id from film_actor where actor_id = 1 order by film_id")
                .list(Integer.class);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(withActorOne).extracting(Film::filmId).containsExactlyElementsOf(expected);
    }

    @Test
    void notExistsKeepsRowsWithoutAMatch(Database db) {
        long notInStock = db.from(Film.class)
                .where(notExists(db.from(Inventory.class).where(Inventory_.filmId.eq(outer(Film_.filmId)))))
                .count();

        long expected = db.sql("select count(*) from film f where not exists"
                + " (select 1 from inventory i where i.film_id = f.film_id)").one(Long.class);
        assertThat(expected).isPositive().isLessThan(1000L);
        assertThat(notInStock).isEqualTo(expected);
    }

    @Test
    void inSubqueryKeepsRowsWhoseValueTheSubquerySelects(Database db) {
        List<Film> films = db.from(Film.class)
                .where(Film_.filmId.in(db.from(FilmActor.class).where(FilmActor_.actorId.eq(1)), FilmActor_.filmId))
                .orderBy(Film_.filmId.asc())
                .list();

        List<Integer> expected = db.sql("select film_id from film_actor where actor_id = 1 order by film_id")
                .list(Integer.class);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(films).extracting(Film::filmId).containsExactlyElementsOf(expected);
    }

    @Test
    void notInSubqueryKeepsRowsWhoseValueTheSubqueryLacks(Database db) {
        long notInStoreOne = db.from(Film.class)
                .where(Film_.filmId.notIn(db.from(Inventory.class).where(Inventory_.storeId.eq(1)), Inventory_.filmId))
                .count();

        long expected = db.sql("select count(*) from film where film_id not in"
                + " (select film_id from inventory where store_id = 1)").one(Long.class);
        assertThat(expected).isPositive().isLessThan(1000L);
        assertThat(notInStoreOne).isEqualTo(expected);
    }

    @Test
    void scalarSubqueryAnnotatesEachFilmWithItsActorCount(Database db) {
        List<FilmWithCast> films = db.from(Film.class)
                .where(Film_.filmId.lte(20))
                .annotate(scalar(db.from(FilmActor.class).where(FilmActor_.filmId.eq(outer(Film_.filmId))),
                        count().as("n")).as("actors"))
                .orderBy(Film_.filmId.asc())
                .into(FilmWithCast.class);

        List<Long> expected = db.sql("select (select count(*) from film_actor fa where fa.film_id = f.film_id)"
                + " from film f where film_id <= 20 order by film_id").list(Long.class);
        assertThat(films).hasSize(20);
        assertThat(films).extracting(FilmWithCast::actors).containsExactlyElementsOf(expected);
        assertThat(expected.stream().distinct().count()).as("actor counts differ between films").isGreaterThan(1L);
        assertThat(films.get(0).title()).isEqualTo("ACADEMY DINOSAUR");
    }

    @Test
    void scalarSubqueryOrdersAndFilters(Database db) {
        var actors = scalar(db.from(FilmActor.class).where(FilmActor_.filmId.eq(outer(Film_.filmId))), count().as("n"));
        List<Row> busiest = db.from(Film.class)
                .where(actors.gte(12L))
                .annotate(actors.as("actors"))
                .orderBy(actors.desc(), Film_.filmId.asc())
                .rows();

        List<Row> expected = db.sql("select film_id, (select count(*) from film_actor fa where fa.film_id = f.film_id)"
                + " as actors from film f where (select count(*) from film_actor fa where fa.film_id = f.film_id) >= 12"
                + " order by actors desc, film_id").rows();
        assertThat(expected).isNotEmpty();
        assertThat(busiest).extracting(row -> row.getInt("film_id"))
                .containsExactlyElementsOf(expected.stream().map(row -> row.getInt("film_id")).toList());
        assertThat(busiest).extracting(row -> row.getLong("actors"))
                .containsExactlyElementsOf(expected.stream().map(row -> row.getLong("actors")).toList());
    }

    @Test
    void outerOutsideASubqueryIsRefusedBeforeSql(Database db, SqlCapture capture) {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.from(Film.class)
                .where(Film_.filmId.eq(outer(Film_.filmId))).list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("only valid inside a subquery"));

        assertThat(statements).isEmpty();
    }

    @Test
    void cteNameMustBeAnIdentifier() {
        assertThatThrownBy(() -> Cte.of("x\" as (select 1); drop table film; --", "select 1", Map.of()))
                .isInstanceOf(ValidationException.class);
    }
}
