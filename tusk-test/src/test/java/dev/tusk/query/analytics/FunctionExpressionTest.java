package dev.tusk.query.analytics;

import static dev.tusk.query.Aggregates.avg;
import static dev.tusk.query.Aggregates.count;
import static dev.tusk.query.Aggregates.sum;
import static dev.tusk.query.Functions.abs;
import static dev.tusk.query.Functions.caseWhen;
import static dev.tusk.query.Functions.cast;
import static dev.tusk.query.Functions.coalesce;
import static dev.tusk.query.Functions.concat;
import static dev.tusk.query.Functions.condition;
import static dev.tusk.query.Functions.dateTrunc;
import static dev.tusk.query.Functions.extract;
import static dev.tusk.query.Functions.greatest;
import static dev.tusk.query.Functions.least;
import static dev.tusk.query.Functions.length;
import static dev.tusk.query.Functions.lower;
import static dev.tusk.query.Functions.now;
import static dev.tusk.query.Functions.nullif;
import static dev.tusk.query.Functions.round;
import static dev.tusk.query.Functions.trim;
import static dev.tusk.query.Functions.upper;
import static dev.tusk.query.Functions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.query.DateUnit;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scalar functions, arithmetic and CASE in {@code values}, {@code annotate}, {@code where} and {@code groupBy}. */
@TuskTest(pagila = true)
class FunctionExpressionTest {

    @Test
    void textFunctionsComputeWhatPostgresComputes(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(20))
                .orderBy(Film_.filmId.asc())
                .values(Film_.filmId.as("id"),
                        lower(Film_.title).as("lowered"),
                        upper(lower(Film_.title)).as("raised"),
                        length(Film_.title).as("letters"),
                        trim(concat(value("  "), Film_.title, value("  "))).as("trimmed"),
                        concat(Film_.title, value(" ("), Film_.rentalRate, value(")")).as("label"));

        List<Row> expected = db.sql("select film_id as id, lower(title) as lowered, upper(lower(title)) as raised,"
                + " length(title) as letters, btrim('  ' || title || '  ') as trimmed,"
                + " title || ' (' || rental_rate || ')' as label from film where film_id <= 20 order by film_id").rows();
        assertThat(rows).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        Row academy = rows.get(0);
        assertThat(academy.getString("lowered")).isEqualTo("academy dinosaur");
        assertThat(academy.getInt("letters")).isEqualTo(16);
        assertThat(academy.getString("trimmed")).isEqualTo("ACADEMY DINOSAUR");
        assertThat(academy.getString("label")).isEqualTo("ACADEMY DINOSAUR (0.99)");
    }

    @Test
    void textFunctionsFilterRows(Database db) {
        long matching = db.from(Film.class).where(lower(Film_.title).eq("academy dinosaur")).count();
        long longTitles = db.from(Film.class).where(Film_.title.length().gt(20)).count();

        assertThat(matching).isEqualTo(1L);
        assertThat(longTitles).isEqualTo(db.sql("select count(*) from film where length(title) > 20").one(Long.class))
                .isPositive();
    }

    @Test
    void coalesceAndNullifReplaceAndProduceNulls(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(10))
                .orderBy(Film_.filmId.asc())
                .values(coalesce(Film_.originalLanguageId, Film_.languageId).as("language"),
                        coalesce(Film_.originalLanguageId, 99).as("orNinetyNine"),
                        nullif(Film_.rentalDuration, (short) 3).as("unlessThree"),
                        Film_.rentalDuration.as("duration"));

        assertThat(rows).hasSize(10).allSatisfy(row -> {
            assertThat(row.getInt("language")).isEqualTo(1);
            assertThat(row.getInt("orNinetyNine")).isEqualTo(99);
            Integer duration = row.getInt("duration");
            assertThat(row.get("unlessThree")).isEqualTo(duration == 3 ? null : duration.shortValue());
        });
        assertThat(rows).anyMatch(row -> row.get("unlessThree") == null).anyMatch(row -> row.get("unlessThree") != null);
    }

    @Test
    void castChangesTheTypeOfTheValue(Database db) {
        Row academy = db.from(Film.class).where(Film_.filmId.eq(1))
                .values(cast(Film_.rentalRate, "text", String.class).as("rateText"),
                        cast(Film_.length, "numeric(6,1)", BigDecimal.class).as("lengthDecimal"))
                .get(0);

        assertThat(academy.get("rateText")).isEqualTo("0.99");
        assertThat(academy.get("lengthDecimal")).isEqualTo(new BigDecimal("86.0"));
        assertThatThrownBy(() -> cast(Film_.length, "text); drop table film; --", String.class))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void extractAndDateTruncReadPartsOfATimestamp(Database db) {
        List<Row> months = db.from(Payment.class)
                .groupBy(dateTrunc(DateUnit.MONTH, Payment_.paymentDate))
                .orderBy(dateTrunc(DateUnit.MONTH, Payment_.paymentDate).asc())
                .values(dateTrunc(DateUnit.MONTH, Payment_.paymentDate).as("month"),
                        count().as("payments"), sum(Payment_.amount).as("total"));

        List<Row> expected = db.sql("select date_trunc('month', payment_date) as month, count(*) as payments,"
                + " sum(amount) as total from payment group by 1 order by 1").rows();
        assertThat(months).hasSizeGreaterThan(1);
        assertThat(months).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        assertThat(months).allSatisfy(row -> assertThat(row.getOffsetDateTime("month").getDayOfMonth()).isEqualTo(1));

        Row first = db.from(Payment.class).orderBy(Payment_.paymentDate.asc()).limit(1)
                .values(extract(DateUnit.YEAR, Payment_.paymentDate).as("year"),
                        extract(DateUnit.MONTH, Payment_.paymentDate).as("month"),
                        extract(DateUnit.DOW, Payment_.paymentDate).as("weekday"),
                        Payment_.paymentDate.as("paidAt")).get(0);
        Row firstExpected = db.sql("select extract(year from payment_date) as year, extract(month from payment_date)"
                + " as month, extract(dow from payment_date) as weekday from payment order by payment_date limit 1").one();
        assertThat(first.getBigDecimal("year")).isEqualByComparingTo(firstExpected.getBigDecimal("year"));
        assertThat(first.getBigDecimal("month")).isEqualByComparingTo(firstExpected.getBigDecimal("month"));
        assertThat(first.getBigDecimal("weekday")).isEqualByComparingTo(firstExpected.getBigDecimal("weekday"));
        assertThat(first.getBigDecimal("year").intValue()).isBetween(2000, 2100);
    }

    @Test
    void extractFiltersByPartOfADate(Database db) {
        long inFebruary = db.from(Payment.class).where(extract(DateUnit.MONTH, Payment_.paymentDate).eq(BigDecimal.valueOf(2))).count();

        assertThat(inFebruary).isPositive()
                .isEqualTo(db.sql("select count(*) from payment where extract(month from payment_date) = 2").one(Long.class));
    }

    @Test
    void nowIsTheServerClock(Database db) {
        long before = db.from(Payment.class).where(Payment_.paymentDate.lt(now())).count();
        long after = db.from(Payment.class).where(Payment_.paymentDate.gt(now())).count();
        OffsetDateTime serverNow = db.from(Film.class).where(Film_.filmId.eq(1)).values(now().as("asOf")).get(0)
                .getOffsetDateTime("asOf");

        assertThat(before).isEqualTo(db.sql("select count(*) from payment").one(Long.class)).isPositive();
        assertThat(after).isZero();
        assertThat(serverNow).isCloseTo(OffsetDateTime.now(ZoneOffset.UTC), within(5, ChronoUnit.MINUTES));
    }

    @Test
    void arithmeticOnNumericColumnsAndBoundNumbers(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(10))
                .orderBy(Film_.filmId.asc())
                .values(Film_.rentalRate.times(Film_.rentalDuration).as("perRental"),
                        Film_.replacementCost.minus(Film_.rentalRate).plus(new BigDecimal("1.00")).as("margin"),
                        Film_.length.dividedBy((short) 60).as("hours"),
                        Film_.length.modulo((short) 60).as("minutes"),
                        abs(Film_.rentalRate.minus(new BigDecimal("3.00"))).as("distanceFromThree"),
                        round(Film_.replacementCost.dividedBy(Film_.rentalRate), 1).as("ratio"),
                        greatest(Film_.rentalDuration, value((short) 5)).as("atLeastFive"),
                        least(Film_.rentalDuration, value((short) 5)).as("atMostFive"));

        List<Row> expected = db.sql("select rental_rate * rental_duration as \"perRental\","
                + " replacement_cost - rental_rate + 1.00 as margin, length / 60::smallint as hours,"
                + " length % 60::smallint as minutes, abs(rental_rate - 3.00) as \"distanceFromThree\","
                + " round(replacement_cost / rental_rate, 1) as ratio, greatest(rental_duration, 5::smallint)"
                + " as \"atLeastFive\", least(rental_duration, 5::smallint) as \"atMostFive\""
                + " from film where film_id <= 10 order by film_id").rows();
        assertThat(rows).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        Row academy = rows.get(0);
        assertThat(academy.getBigDecimal("perRental")).isEqualByComparingTo("5.94");
        assertThat(academy.getInt("hours")).isEqualTo(1);
        assertThat(academy.getInt("minutes")).isEqualTo(26);
        assertThat(academy.getBigDecimal("distanceFromThree")).isEqualByComparingTo("2.01");
    }

    @Test
    void arithmeticComparesInWhere(Database db) {
        long dear = db.from(Film.class).where(Film_.rentalRate.times(Film_.rentalDuration).gt(new BigDecimal("20"))).count();

        assertThat(dear).isPositive().isLessThan(1000L)
                .isEqualTo(db.sql("select count(*) from film where rental_rate * rental_duration > 20").one(Long.class));
    }

    @Test
    void caseWhenPicksTheFirstMatchingBranch(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(30))
                .orderBy(Film_.filmId.asc())
                .values(Film_.length.as("length"),
                        caseWhen(Film_.length.lt((short) 60), value("short"))
                                .when(Film_.length.lt((short) 120), value("feature"))
                                .otherwise(value("epic")).as("kind"),
                        caseWhen(Film_.rating.eq(Rating.PG_13), value(13)).end().as("minimumAge"));

        assertThat(rows).hasSize(30).allSatisfy(row -> {
            int minutes = row.getInt("length");
            assertThat(row.getString("kind")).isEqualTo(minutes < 60 ? "short" : minutes < 120 ? "feature" : "epic");
        });
        assertThat(rows).extracting(row -> row.getString("kind")).contains("short", "feature", "epic");
        List<Integer> expectedAges = db.sql("select case when rating = 'PG-13' then 13 end from film"
                + " where film_id <= 30 order by film_id").list(Integer.class);
        assertThat(rows).extracting(row -> row.getInt("minimumAge")).containsExactlyElementsOf(expectedAges);
        assertThat(expectedAges).contains(13).containsNull();
    }

    @Test
    void conditionBecomesABooleanValue(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(30))
                .orderBy(Film_.filmId.asc())
                .values(Film_.length.as("length"), condition(Film_.length.gt((short) 120)).as("isLong"));

        assertThat(rows).hasSize(30).allSatisfy(row ->
                assertThat(row.getBoolean("isLong")).isEqualTo(row.getInt("length") > 120));
        assertThat(rows).extracting(row -> row.getBoolean("isLong")).contains(true, false);
    }

    @Test
    void aggregatesTakePartInArithmeticAsNumbers(Database db) {
        Row mean = db.from(Payment.class).where(Payment_.customerId.eq(1))
                .aggregate(sum(Payment_.amount).asNumber().dividedBy(count().asNumber()).as("byHand"),
                        avg(Payment_.amount).as("builtIn"));

        assertThat(mean.getBigDecimal("byHand")).isEqualByComparingTo(mean.getBigDecimal("builtIn"));
        assertThat(mean.getBigDecimal("builtIn")).isEqualByComparingTo(
                db.sql("select avg(amount) from payment where customer_id = 1").one(BigDecimal.class));
    }

    @Test
    void groupByAndOrderByACaseExpressionWithBoundValues(Database db, SqlCapture capture) {
        var kind = caseWhen(Film_.length.lt((short) 60), value("short"))
                .when(Film_.length.lt((short) 120), value("feature"))
                .otherwise(value("epic"));

        List<CapturedStatement> statements = capture.during(() -> {
            List<Row> groups = db.from(Film.class)
                    .groupBy(kind)
                    .orderBy(kind.asc())
                    .values(kind.as("kind"), count().as("films"));

            List<Row> expected = db.sql("select case when length < 60 then 'short' when length < 120 then 'feature'"
                    + " else 'epic' end as kind, count(*) as films from film group by 1 order by 1").rows();
            assertThat(groups).hasSize(3);
            assertThat(groups).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        });

        assertThat(statements.get(0).params()).as("the CASE values are sent once").hasSize(5);
    }
}
