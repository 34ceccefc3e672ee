package dev.tusk.query.analytics;

import static dev.tusk.query.Aggregates.arrayAgg;
import static dev.tusk.query.Aggregates.avg;
import static dev.tusk.query.Aggregates.count;
import static dev.tusk.query.Aggregates.countDistinct;
import static dev.tusk.query.Aggregates.max;
import static dev.tusk.query.Aggregates.min;
import static dev.tusk.query.Aggregates.stringAgg;
import static dev.tusk.query.Aggregates.sum;
import static dev.tusk.query.Functions.upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** {@code aggregate(...)}, {@code groupBy(...).having(...)} and {@code annotate(...)} against Pagila. */
@TuskTest(pagila = true)
class AggregateQueryTest {

    record RatingCount(Rating rating, Long films) {}

    record FilmPrice(Integer filmId, String title, BigDecimal rentalRate, BigDecimal pricePerDay, String shout) {}

    @Test
    void aggregateReturnsOneRowWithEachAggregateUnderItsAlias(Database db) {
        Row totals = db.from(Payment.class)
                .where(Payment_.customerId.eq(1))
                .aggregate(sum(Payment_.amount).as("total"),
                        avg(Payment_.amount).as("mean"),
                        min(Payment_.amount).as("lowest"),
                        max(Payment_.amount).as("highest"),
                        count().as("payments"),
                        countDistinct(Payment_.staffId).as("staff"));

        Row expected = db.sql("select sum(amount) as total, avg(amount) as mean, min(amount) as lowest,"
                + " max(amount) as highest, count(*) as payments, count(distinct staff_id) as staff"
                + " from payment where customer_id = 1").one();
        assertThat(totals.columns()).containsExactly("total", "mean", "lowest", "highest", "payments", "staff");
        assertThat(totals.toMap()).isEqualTo(expected.toMap());
        assertThat(totals.getLong("payments")).isPositive();
        assertThat(totals.getBigDecimal("lowest")).isLessThan(totals.getBigDecimal("highest"));
        assertThat(totals.getLong("staff")).isEqualTo(2L);
    }

    @Test
    void aggregateIgnoresOrderAndLimitOfTheQuery(Database db) {
        Row all = db.from(Payment.class).where(Payment_.customerId.eq(1))
                .orderBy(Payment_.amount.desc()).limit(1)
                .aggregate(count().as("payments"));

        long expected = db.sql("select count(*) from payment where customer_id = 1").one(Long.class);
        assertThat(expected).isGreaterThan(1L);
        assertThat(all.getLong("payments")).isEqualTo(expected);
    }

    @Test
    void arrayAggAndStringAggCollectTheGroupValues(Database db) {
        Row collected = db.from(Actor.class)
                .where(Actor_.actorId.lte(5))
                .aggregate(arrayAgg(Actor_.lastName).as("lastNames"),
                        stringAgg(Actor_.firstName, " | ").as("firstNames"));

        List<String> lastNames = db.sql("select last_name from actor where actor_id <= 5").list(String.class);
        List<String> firstNames = db.sql("select first_name from actor where actor_id <= 5").list(String.class);
        assertThat(lastNames).hasSize(5);
        assertThat(collected.get("lastNames")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrderElementsOf(lastNames);
        assertThat(Arrays.asList(collected.getString("firstNames").split(" \\| ")))
                .containsExactlyInAnyOrderElementsOf(firstNames);
    }

    @Test
    void aggregateOverNoRowsGivesNullSumAndZeroCount(Database db) {
        Row none = db.from(Payment.class).where(Payment_.customerId.eq(-1))
                .aggregate(sum(Payment_.amount).as("total"), count().as("payments"));

        assertThat(none.get("total")).isNull();
        assertThat(none.getLong("payments")).isZero();
    }

    @Test
    void groupByHavingKeepsOnlyTheGroupsThatPass(Database db) {
        List<Row> groups = db.from(Film.class)
                .groupBy(Film_.rating)
                .having(count().gt(200L))
                .orderBy(Film_.rating.asc())
                .values(Film_.rating.as("rating"), count().as("films"), max(Film_.length).as("longest"));

        List<Row> expected = db.sql("select rating, count(*) as films, max(length) as longest from film"
                + " group by rating having count(*) > 200 order by rating").rows();
        assertThat(expected).isNotEmpty().hasSizeLessThan(5);
        assertThat(groups).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        assertThat(groups).allMatch(group -> group.getLong("films") > 200);
    }

    @Test
    void groupsReadIntoARecordWithTheGroupKeyAndAnAnnotatedCount(Database db) {
        List<RatingCount> counts = db.from(Film.class)
                .groupBy(Film_.rating)
                .annotate(count().as("films"))
                .orderBy(count().desc(), Film_.rating.asc())
                .into(RatingCount.class);

        List<Row> expected = db.sql("select rating::text as rating, count(*) as films from film"
                + " group by rating order by films desc, rating").rows();
        assertThat(counts).hasSize(5);
        assertThat(counts).extracting(RatingCount::films)
                .containsExactlyElementsOf(expected.stream().map(row -> row.getLong("films")).toList());
        assertThat(counts.get(0).rating()).isEqualTo(ratingOf(expected.get(0).getString("rating")));
        assertThat(counts.stream().mapToLong(RatingCount::films).sum()).isEqualTo(1000L);
    }

    @Test
    void havingOnASumComparesWithABoundValue(Database db) {
        List<Row> bigSpenders = db.from(Payment.class)
                .groupBy(Payment_.customerId)
                .having(sum(Payment_.amount).gte(new BigDecimal("200.00")))
                .orderBy(Payment_.customerId.asc())
                .values(Payment_.customerId.as("customerId"), sum(Payment_.amount).as("spent"));

        List<Row> expected = db.sql("select customer_id as \"customerId\", sum(amount) as spent from payment"
                + " group by customer_id having sum(amount) >= 200 order by customer_id").rows();
        assertThat(expected).isNotEmpty();
        assertThat(bigSpenders).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
    }

    @Test
    void annotateAddsComputedValuesToTheEntityColumnsOfRows(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(3))
                .annotate(upper(Film_.title).as("shout"),
                        Film_.rentalRate.dividedBy(Film_.rentalDuration).as("pricePerDay"))
                .orderBy(Film_.filmId.asc())
                .rows();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).columns()).contains("film_id", "title", "rental_rate", "shout", "pricePerDay");
        List<Row> expected = db.sql("select upper(title) as shout, rental_rate / rental_duration as \"pricePerDay\""
                + " from film where film_id <= 3 order by film_id").rows();
        for (int index = 0; index < rows.size(); index++) {
            assertThat(rows.get(index).getString("shout")).isEqualTo(expected.get(index).getString("shout"));
            assertThat(rows.get(index).getBigDecimal("pricePerDay"))
                    .isEqualTo(expected.get(index).getBigDecimal("pricePerDay"));
        }
        assertThat(rows.get(0).getString("shout")).isEqualTo("ACADEMY DINOSAUR");
    }

    @Test
    void annotationsMapIntoARecordNextToEntityFields(Database db) {
        List<FilmPrice> prices = db.from(Film.class)
                .where(Film_.filmId.lte(3))
                .annotate(upper(Film_.title).as("shout"),
                        Film_.rentalRate.dividedBy(Film_.rentalDuration).as("pricePerDay"))
                .orderBy(Film_.filmId.asc())
                .into(FilmPrice.class);

        assertThat(prices).extracting(FilmPrice::filmId).containsExactly(1, 2, 3);
        FilmPrice academy = prices.get(0);
        assertThat(academy.title()).isEqualTo("ACADEMY DINOSAUR");
        assertThat(academy.shout()).isEqualTo("ACADEMY DINOSAUR");
        Row expected = db.sql("select rental_rate, rental_rate / rental_duration as per_day from film where film_id = 1").one();
        assertThat(academy.rentalRate()).isEqualTo(expected.getBigDecimal("rental_rate"));
        assertThat(academy.pricePerDay()).isEqualTo(expected.getBigDecimal("per_day"));
    }

    @Test
    void aliasThatIsNotAnIdentifierIsRefusedBeforeSql(Database db, SqlCapture capture) {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.from(Payment.class)
                .aggregate(sum(Payment_.amount).as("total\"; drop table payment; --")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a valid identifier"));

        assertThat(statements).isEmpty();
        assertThatThrownBy(() -> count().as("1st")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> count().as("")).isInstanceOf(ValidationException.class);
        assertThat(count().as("first_1").alias()).isEqualTo("first_1");
    }

    private static Rating ratingOf(String label) {
        return Arrays.stream(Rating.values()).filter(rating -> rating.name().replace('_', '-').equals(label))
                .findFirst().orElseThrow();
    }
}
