package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Col;
import dev.tusk.query.Query;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * eq, ne, gt, gte, lt, lte, between, isNull and isNotNull on numbers, decimals, text, a PostgreSQL
 * enum and timestamps, checked against the same test run in Java over every row of Pagila's tables.
 */
@TuskTest(pagila = true)
class ComparisonLookupTest {
    private static final short BOUNDARY = 100;

    @Test
    void eqAndNeSplitTheRowsOnANumber(Database db) {
        List<Integer> equal = filmIds(db.from(Film.class).where(Film_.length.eq(BOUNDARY)));
        List<Integer> notEqual = filmIds(db.from(Film.class).where(Film_.length.ne(BOUNDARY)));

        assertThat(equal).isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() == BOUNDARY));
        assertThat(notEqual).containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() != BOUNDARY));
        assertThat(equal.size() + notEqual.size()).isEqualTo(1000);
    }

    @Test
    void gtAndLtLeaveTheBoundaryOutWhileGteAndLteKeepIt(Database db) {
        assertThat(filmIds(db.from(Film.class).where(Film_.length.gt(BOUNDARY))))
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() > BOUNDARY));
        assertThat(filmIds(db.from(Film.class).where(Film_.length.gte(BOUNDARY))))
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() >= BOUNDARY));
        assertThat(filmIds(db.from(Film.class).where(Film_.length.lt(BOUNDARY))))
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() < BOUNDARY));
        assertThat(filmIds(db.from(Film.class).where(Film_.length.lte(BOUNDARY))))
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() <= BOUNDARY));
        assertThat(db.from(Film.class).where(Film_.length.gte(BOUNDARY)).count()
                - db.from(Film.class).where(Film_.length.gt(BOUNDARY)).count())
                .as("films exactly at the boundary").isPositive();
    }

    @Test
    void betweenIncludesBothEnds(Database db) {
        List<Integer> found = filmIds(db.from(Film.class).where(Film_.length.between((short) 46, (short) 50)));

        assertThat(found).containsExactlyElementsOf(filmIdsWhere(db, film -> film.length() >= 46 && film.length() <= 50));
        assertThat(found).as("a film at each end").anyMatch(id -> length(db, id) == 46).anyMatch(id -> length(db, id) == 50);
    }

    @Test
    void decimalComparisonsIgnoreScale(Database db) {
        // rental_rate is numeric(4,2): 2.99 is stored as 2.99, asked as 2.990
        List<Integer> found = filmIds(db.from(Film.class).where(Film_.rentalRate.eq(new BigDecimal("2.990"))));

        assertThat(found).isNotEmpty()
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.rentalRate().compareTo(new BigDecimal("2.99")) == 0));
        assertThat(filmIds(db.from(Film.class).where(Film_.rentalRate.lt(new BigDecimal("1")))))
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.rentalRate().compareTo(BigDecimal.ONE) < 0));
    }

    @Test
    void textComparesInTheDatabaseCollationOrder(Database db) {
        List<Integer> found = filmIds(db.from(Film.class).where(Film_.title.gte("Y"), Film_.title.lt("ZORRO ARK")));

        List<Integer> expected = db.sql("select film_id from film where title >= 'Y' and title < 'ZORRO ARK' order by film_id")
                .list(Integer.class);
        assertThat(found).isNotEmpty().containsExactlyElementsOf(expected).doesNotContain(1000);
        assertThat(db.from(Film.class).where(Film_.title.eq("ZORRO ARK")).one().filmId()).isEqualTo(1000);
    }

    @Test
    void enumEqualityUsesTheDatabaseLabel(Database db) {
        List<Integer> pg13 = filmIds(db.from(Film.class).where(Film_.rating.eq(Rating.PG_13)));
        List<Integer> byLabel = db.sql("select film_id from film where rating = 'PG-13' order by film_id").list(Integer.class);

        assertThat(pg13).isNotEmpty().containsExactlyElementsOf(byLabel);
        assertThat(filmIds(db.from(Film.class).where(Film_.rating.ne(Rating.NC_17))))
                .containsExactlyElementsOf(filmIdsWhere(db, film -> film.rating() != Rating.NC_17));
    }

    @Test
    void enumMembershipBindsLabelsAsOneEnumArray(Database db, SqlCapture capture) {
        var sent = capture.during(() -> {
            assertThat(filmIds(db.from(Film.class).where(Film_.rating.in(List.of(Rating.PG_13, Rating.NC_17)))))
                    .isNotEmpty()
                    .containsExactlyElementsOf(filmIdsWhere(db, film -> film.rating() == Rating.PG_13 || film.rating() == Rating.NC_17));
            assertThat(filmIds(db.from(Film.class).where(Film_.rating.notIn(List.of(Rating.PG_13, Rating.NC_17)))))
                    .containsExactlyElementsOf(filmIdsWhere(db, film -> film.rating() != Rating.PG_13 && film.rating() != Rating.NC_17));
        });

        assertThat(sent.get(0).sql()).contains("= ANY(?)");
        assertThat(sent.get(0).params()).hasSize(1);
    }

    @Test
    void enumMembershipThroughANamedColumn(Database db) {
        assertThat(filmIds(db.from(Film.class).where(Col.of("rating").in(List.of(Rating.PG_13)))))
                .isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db, film -> film.rating() == Rating.PG_13));
        assertThat(filmIds(db.from(Film.class).where(Col.of("rating").eq(Rating.NC_17))))
                .isNotEmpty().containsExactlyElementsOf(filmIdsWhere(db, film -> film.rating() == Rating.NC_17));
    }

    @Test
    void timestampComparisonsFollowTheInstant(Database db) {
        Rental sample = db.from(Rental.class).where(Rental_.rentalId.eq(5000)).one();
        OffsetDateTime sameInstantElsewhere = sample.rentalDate().withOffsetSameInstant(ZoneOffset.ofHoursMinutes(9, 30));

        List<Integer> atTheInstant = rentalIds(db.from(Rental.class).where(Rental_.rentalDate.eq(sameInstantElsewhere)));
        List<Integer> before = rentalIds(db.from(Rental.class).where(Rental_.rentalDate.lt(sameInstantElsewhere)));
        List<Integer> notAfter = rentalIds(db.from(Rental.class).where(Rental_.rentalDate.lte(sameInstantElsewhere)));

        assertThat(atTheInstant).contains(5000)
                .containsExactlyElementsOf(rentalIdsWhere(db, rental -> rental.rentalDate().isEqual(sample.rentalDate())));
        assertThat(before).doesNotContain(5000)
                .containsExactlyElementsOf(rentalIdsWhere(db, rental -> rental.rentalDate().isBefore(sample.rentalDate())));
        assertThat(notAfter).hasSize(before.size() + atTheInstant.size());
        assertThat(rentalIds(db.from(Rental.class).where(Rental_.rentalDate.gt(sameInstantElsewhere))))
                .containsExactlyElementsOf(rentalIdsWhere(db, rental -> rental.rentalDate().isAfter(sample.rentalDate())));
    }

    @Test
    void timestampBetweenSelectsAWindow(Database db) {
        OffsetDateTime from = OffsetDateTime.parse("2022-05-25T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2022-05-26T00:00:00-04:00");

        List<Integer> found = rentalIds(db.from(Rental.class).where(Rental_.rentalDate.between(from, to)));

        assertThat(found).isNotEmpty().containsExactlyElementsOf(rentalIdsWhere(db,
                rental -> !rental.rentalDate().isBefore(from) && !rental.rentalDate().isAfter(to)));
    }

    @Test
    void isNullAndIsNotNullSplitTheRows(Database db) {
        List<Integer> out = rentalIds(db.from(Rental.class).where(Rental_.returnDate.isNull()));
        List<Integer> back = rentalIds(db.from(Rental.class).where(Rental_.returnDate.isNotNull()));

        assertThat(out).isNotEmpty().containsExactlyElementsOf(rentalIdsWhere(db, rental -> rental.returnDate() == null));
        assertThat(back).isNotEmpty().containsExactlyElementsOf(rentalIdsWhere(db, rental -> rental.returnDate() != null));
        assertThat(out.size() + back.size()).isEqualTo(db.from(Rental.class).count());
    }

    @Test
    void comparingWithNullIsRefusedAndPointsToIsNull(Database db, SqlCapture capture) {
        var sent = capture.during(() -> {
            assertThatThrownBy(() -> Rental_.returnDate.eq((OffsetDateTime) null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("isNull()");
            assertThatThrownBy(() -> Film_.length.between(null, (short) 5))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("between");
            assertThatThrownBy(() -> Film_.length.in((List<Short>) null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("in(...)");
        });

        assertThat(sent).isEmpty();
    }

    @Test
    void columnComparedWithAnotherColumn(Database db) {
        // rentals returned before they were rented do not exist; rentals last updated after the return do
        assertThat(db.from(Rental.class).where(Rental_.returnDate.lt(Rental_.rentalDate)).count()).isZero();
        assertThat(rentalIds(db.from(Rental.class).where(Rental_.rentalDate.lt(Rental_.returnDate))))
                .containsExactlyElementsOf(rentalIdsWhere(db,
                        rental -> rental.returnDate() != null && rental.rentalDate().isBefore(rental.returnDate())));
    }

    private static List<Integer> filmIds(Query<Film> query) {
        return query.orderBy(Film_.filmId.asc()).list().stream().map(Film::filmId).toList();
    }

    private static List<Integer> filmIdsWhere(Database db, Predicate<Film> predicate) {
        return db.sql("select * from film order by film_id").list(Film.class).stream()
                .filter(predicate).map(Film::filmId).toList();
    }

    private static List<Integer> rentalIds(Query<Rental> query) {
        return query.list().stream().map(Rental::rentalId).sorted().toList();
    }

    private static List<Integer> rentalIdsWhere(Database db, Predicate<Rental> predicate) {
        return db.sql("select * from rental").list(Rental.class).stream()
                .filter(predicate).map(Rental::rentalId).sorted(Comparator.naturalOrder()).toList();
    }

    private static short length(Database db, int filmId) {
        return db.get(Film.class, filmId).length();
    }
}
