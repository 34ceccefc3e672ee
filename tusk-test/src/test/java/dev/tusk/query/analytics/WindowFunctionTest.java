package dev.tusk.query.analytics;

import static dev.tusk.query.Aggregates.avg;
import static dev.tusk.query.Aggregates.count;
import static dev.tusk.query.Aggregates.sum;
import static dev.tusk.query.Windows.cumeDist;
import static dev.tusk.query.Windows.denseRank;
import static dev.tusk.query.Windows.firstValue;
import static dev.tusk.query.Windows.lag;
import static dev.tusk.query.Windows.lastValue;
import static dev.tusk.query.Windows.lead;
import static dev.tusk.query.Windows.nthValue;
import static dev.tusk.query.Windows.ntile;
import static dev.tusk.query.Windows.percentRank;
import static dev.tusk.query.Windows.rank;
import static dev.tusk.query.Windows.rowNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.query.Frame;
import dev.tusk.query.Frame.Bound;
import dev.tusk.query.WindowSpec;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking, offset and aggregate window functions, with partitions, order and frames. */
@TuskTest(pagila = true)
class WindowFunctionTest {

    record RankedFilm(Integer filmId, String title, Long place) {}

    @Test
    void rankingFunctionsNumberRowsWithinEachPartition(Database db) {
        WindowSpec byRatingLongestFirst = WindowSpec.partitionBy(Film_.rating).andOrderBy(Film_.length.desc());
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(60))
                .orderBy(Film_.filmId.asc())
                .values(Film_.filmId.as("id"),
                        rowNumber().over(byRatingLongestFirst.andOrderBy(Film_.filmId.asc())).as("rowNumber"),
                        rank().over(byRatingLongestFirst).as("rank"),
                        denseRank().over(byRatingLongestFirst).as("denseRank"),
                        percentRank().over(byRatingLongestFirst).as("percentRank"),
                        cumeDist().over(byRatingLongestFirst).as("cumeDist"),
                        ntile(4).over(byRatingLongestFirst.andOrderBy(Film_.filmId.asc())).as("quartile"));

        List<Row> expected = db.sql("select film_id as id,"
                + " row_number() over (partition by rating order by length desc, film_id) as \"rowNumber\","
                + " rank() over w as rank, dense_rank() over w as \"denseRank\", percent_rank() over w as \"percentRank\","
                + " cume_dist() over w as \"cumeDist\","
                + " ntile(4) over (partition by rating order by length desc, film_id) as quartile"
                + " from film where film_id <= 60 window w as (partition by rating order by length desc)"
                + " order by film_id").rows();
        assertThat(rows).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        assertThat(rows).extracting(row -> row.getLong("rowNumber")).contains(1L, 2L, 3L);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getLong("denseRank")).isLessThanOrEqualTo(row.getLong("rank"));
            assertThat(row.getLong("rank")).isLessThanOrEqualTo(row.getLong("rowNumber"));
            assertThat(row.getInt("quartile")).isBetween(1, 4);
            assertThat(row.getDouble("cumeDist")).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        });
    }

    @Test
    void rankOrdersAQueryAndMapsIntoARecord(Database db) {
        List<RankedFilm> longest = db.from(Film.class)
                .annotate(rank().over(WindowSpec.orderBy(Film_.length.desc())).as("place"))
                .orderBy(Film_.length.desc(), Film_.filmId.asc())
                .limit(12)
                .into(RankedFilm.class);

        List<Long> places = db.sql("select rank() over (order by length desc) from film"
                + " order by length desc, film_id limit 12").list(Long.class);
        assertThat(longest).extracting(RankedFilm::place).containsExactlyElementsOf(places).startsWith(1L, 1L);
    }

    @Test
    void lagAndLeadReadNeighbouringRowsWithAFallback(Database db) {
        WindowSpec byDate = WindowSpec.orderBy(Payment_.paymentDate.asc(), Payment_.paymentId.asc());
        List<Row> rows = db.from(Payment.class)
                .where(Payment_.customerId.eq(1))
                .orderBy(Payment_.paymentDate.asc(), Payment_.paymentId.asc())
                .values(Payment_.amount.as("amount"),
                        lag(Payment_.amount).over(byDate).as("previous"),
                        lag(Payment_.amount, 2, BigDecimal.ZERO).over(byDate).as("twoBack"),
                        lead(Payment_.amount).over(byDate).as("next"),
                        lead(Payment_.amount, 1, new BigDecimal("-1")).over(byDate).as("nextOrMinusOne"));

        assertThat(rows).hasSizeGreaterThan(5);
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            BigDecimal previous = index > 0 ? rows.get(index - 1).getBigDecimal("amount") : null;
            BigDecimal twoBack = index > 1 ? rows.get(index - 2).getBigDecimal("amount") : BigDecimal.ZERO;
            BigDecimal next = index + 1 < rows.size() ? rows.get(index + 1).getBigDecimal("amount") : null;
            assertThat(row.getBigDecimal("previous")).isEqualTo(previous);
            assertThat(row.getBigDecimal("twoBack")).isEqualByComparingTo(twoBack);
            assertThat(row.getBigDecimal("next")).isEqualTo(next);
            assertThat(row.getBigDecimal("nextOrMinusOne")).isEqualByComparingTo(next == null ? new BigDecimal("-1") : next);
        }
    }

    @Test
    void firstLastAndNthValueSeeTheWholePartitionWithAnUnboundedFrame(Database db) {
        WindowSpec wholeRating = WindowSpec.partitionBy(Film_.rating)
                .andOrderBy(Film_.length.asc(), Film_.filmId.asc())
                .frame(Frame.rows(Bound.unboundedPreceding(), Bound.unboundedFollowing()));
        List<Row> rows = db.from(Film.class)
                .orderBy(Film_.filmId.asc())
                .values(Film_.rating.as("rating"),
                        firstValue(Film_.filmId).over(wholeRating).as("shortest"),
                        lastValue(Film_.filmId).over(wholeRating).as("longest"),
                        nthValue(Film_.filmId, 2).over(wholeRating).as("second"),
                        lastValue(Film_.filmId).over(WindowSpec.partitionBy(Film_.rating)
                                .andOrderBy(Film_.length.asc(), Film_.filmId.asc())).as("uptoHere"));

        List<Row> expected = db.sql("select rating, first_value(film_id) over w as shortest,"
                + " last_value(film_id) over w as longest, nth_value(film_id, 2) over w as second,"
                + " film_id as \"uptoHere\" from film"
                + " window w as (partition by rating order by length, film_id rows between unbounded preceding"
                + " and unbounded following) order by film_id").rows();
        assertThat(rows).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        assertThat(rows).hasSize(1000);
        assertThat(rows.stream().map(row -> row.get("longest")).distinct()).hasSize(Rating.values().length);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("shortest")).isNotEqualTo(row.get("longest")));
    }

    @Test
    void sumOverARowsFrameIsARunningTotal(Database db) {
        WindowSpec upToThisPayment = WindowSpec.orderBy(Payment_.paymentDate.asc(), Payment_.paymentId.asc())
                .frame(Frame.rows(Bound.unboundedPreceding(), Bound.currentRow()));
        List<Row> rows = db.from(Payment.class)
                .where(Payment_.customerId.eq(2))
                .orderBy(Payment_.paymentDate.asc(), Payment_.paymentId.asc())
                .values(Payment_.amount.as("amount"),
                        sum(Payment_.amount).over(upToThisPayment).as("runningTotal"),
                        count().over(upToThisPayment).as("paymentsSoFar"),
                        avg(Payment_.amount).over(WindowSpec.orderBy(Payment_.paymentDate.asc(),
                                Payment_.paymentId.asc()).frame(Frame.rows(Bound.preceding(2), Bound.currentRow())))
                                .as("movingAverage"));

        BigDecimal running = BigDecimal.ZERO;
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            running = running.add(row.getBigDecimal("amount"));
            assertThat(row.getBigDecimal("runningTotal")).isEqualByComparingTo(running);
            assertThat(row.getLong("paymentsSoFar")).isEqualTo(index + 1L);
            BigDecimal window = BigDecimal.ZERO;
            int from = Math.max(0, index - 2);
            for (int earlier = from; earlier <= index; earlier++) {
                window = window.add(rows.get(earlier).getBigDecimal("amount"));
            }
            BigDecimal mean = window.divide(BigDecimal.valueOf(index - from + 1L), 6, java.math.RoundingMode.HALF_EVEN);
            assertThat(row.getBigDecimal("movingAverage").setScale(6, java.math.RoundingMode.HALF_EVEN))
                    .isEqualByComparingTo(mean);
        }
        BigDecimal total = db.sql("select sum(amount) from payment where customer_id = 2").one(BigDecimal.class);
        assertThat(running).isEqualByComparingTo(total).isPositive();
    }

    @Test
    void partitionedRunningTotalRestartsInEachPartition(Database db) {
        List<Row> rows = db.from(Payment.class)
                .where(Payment_.customerId.in(List.of(3, 4)))
                .orderBy(Payment_.customerId.asc(), Payment_.paymentDate.asc(), Payment_.paymentId.asc())
                .values(Payment_.customerId.as("customer"), Payment_.amount.as("amount"),
                        sum(Payment_.amount).over(WindowSpec.partitionBy(Payment_.customerId)
                                .andOrderBy(Payment_.paymentDate.asc(), Payment_.paymentId.asc())).as("running"),
                        sum(Payment_.amount).over(WindowSpec.partitionBy(Payment_.customerId)).as("customerTotal"));

        BigDecimal running = BigDecimal.ZERO;
        Integer customer = null;
        for (Row row : rows) {
            if (!row.getInt("customer").equals(customer)) {
                customer = row.getInt("customer");
                running = BigDecimal.ZERO;
            }
            running = running.add(row.getBigDecimal("amount"));
            assertThat(row.getBigDecimal("running")).isEqualByComparingTo(running);
        }
        assertThat(rows).extracting(row -> row.getInt("customer")).contains(3, 4);
        Row lastOfFour = rows.get(rows.size() - 1);
        assertThat(lastOfFour.getBigDecimal("running")).isEqualByComparingTo(lastOfFour.getBigDecimal("customerTotal"));
    }

    @Test
    void rangeFrameTakesPeersByValueNotByPosition(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(40))
                .orderBy(Film_.length.asc(), Film_.filmId.asc())
                .values(Film_.length.as("length"),
                        count().over(WindowSpec.orderBy(Film_.length.asc())
                                .frame(Frame.range(Bound.preceding(5), Bound.following(5)))).as("within5"));

        assertThat(rows).hasSize(40).allSatisfy(row -> {
            int length = row.getInt("length");
            long expected = rows.stream().filter(other -> Math.abs(other.getInt("length") - length) <= 5).count();
            assertThat(row.getLong("within5")).isEqualTo(expected);
        });
        assertThat(rows).anyMatch(row -> row.getLong("within5") > 1);
    }

    @Test
    void groupsFrameCountsWholePeerGroups(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(40))
                .orderBy(Film_.rentalDuration.asc(), Film_.filmId.asc())
                .values(Film_.rentalDuration.as("duration"),
                        count().over(WindowSpec.orderBy(Film_.rentalDuration.asc())
                                .frame(Frame.groups(Bound.currentRow(), Bound.following(1)))).as("thisAndNextGroup"));

        List<Integer> durations = rows.stream().map(row -> row.getInt("duration")).distinct().sorted().toList();
        assertThat(durations).hasSizeGreaterThan(2);
        assertThat(rows).allSatisfy(row -> {
            int position = durations.indexOf(row.getInt("duration"));
            List<Integer> covered = durations.subList(position, Math.min(position + 2, durations.size()));
            long expected = rows.stream().filter(other -> covered.contains(other.getInt("duration"))).count();
            assertThat(row.getLong("thisAndNextGroup")).isEqualTo(expected);
        });
    }

    @Test
    void windowResultTakesPartInArithmetic(Database db) {
        List<Row> rows = db.from(Film.class)
                .where(Film_.filmId.lte(20))
                .orderBy(Film_.filmId.asc())
                .values(Film_.filmId.as("id"),
                        percentRank().overNumber(WindowSpec.orderBy(Film_.length.asc()))
                                .times(new BigDecimal("100")).as("percentile"));

        List<Row> expected = db.sql("select film_id as id, percent_rank() over (order by length) * 100 as percentile"
                + " from film where film_id <= 20 order by film_id").rows();
        assertThat(rows).extracting(Row::toMap).containsExactlyElementsOf(expected.stream().map(Row::toMap).toList());
        assertThat(rows).extracting(row -> row.getDouble("percentile")).contains(0.0, 100.0);
    }

    @Test
    void windowArgumentsAreCheckedBeforeSql() {
        assertThatThrownBy(() -> ntile(0)).isInstanceOf(ValidationException.class).hasMessageContaining("bucket");
        assertThatThrownBy(() -> nthValue(Film_.filmId, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> lag(Film_.filmId, -1, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Bound.preceding(-1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sum(Film_.length).over(null)).isInstanceOf(ValidationException.class);
    }
}
