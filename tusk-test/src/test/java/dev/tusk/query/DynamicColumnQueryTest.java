package dev.tusk.query;

import static dev.tusk.query.Conditions.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Col.of("name")}: columns named at run time, checked against the entity before any SQL. */
@TuskTest(pagila = true)
class DynamicColumnQueryTest {

    @Table(name = "film")
    record FilmTitle(@Id int filmId, String title, BigDecimal rentalRate, Short length,
                     @Column(type = "mpaa_rating") String rating) {}

    @Test
    void filtersOrdersAndLimitsByNamedColumns(Database db) {
        List<FilmTitle> films = db.from(FilmTitle.class)
                .where(Col.of("title").startsWith("A"), Col.of("length").gt((short) 150))
                .orderBy(Col.of("title").asc())
                .list();

        List<String> expected = db.sql("select title from film where title like 'A%' and length > 150 order by title")
                .list(String.class);
        assertThat(expected).isNotEmpty();
        assertThat(films).extracting(FilmTitle::title).containsExactlyElementsOf(expected);
        assertThat(films).allMatch(film -> film.length() > 150 && film.title().startsWith("A"));
    }

    @Test
    void columnNamesAreAcceptedAsWellAsFieldNames(Database db) {
        long byColumn = db.from(FilmTitle.class).where(Col.of("rental_rate").eq(new BigDecimal("0.99"))).count();
        long byField = db.from(FilmTitle.class).where(Col.of("rentalRate").eq(new BigDecimal("0.99"))).count();

        assertThat(byColumn).isEqualTo(byField).isPositive();
    }

    @Test
    void unknownNameIsRefusedBeforeSqlListingTheValidOnes(Database db, SqlCapture capture) {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.from(FilmTitle.class)
                .where(Col.of("titel").eq("X")).list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown field or column 'titel' on FilmTitle")
                .hasMessageContaining("title"));

        assertThat(statements).isEmpty();
    }

    @Test
    void injectionShapedNameIsJustAnUnknownColumn(Database db) {
        assertThatThrownBy(() -> db.from(FilmTitle.class).where(Col.of("id; DROP TABLE film").eq(1)).list())
                .isInstanceOf(ValidationException.class);
        assertThat(db.from(FilmTitle.class).count()).isEqualTo(1000);
    }

    @Test
    void orAndInBindOneArrayParameter(Database db, SqlCapture capture) {
        var statements = capture.during(() -> assertThat(db.from(FilmTitle.class)
                .where(or(Col.of("filmId").in(List.of(1, 2, 3)), Col.of("title").eq("ZORRO ARK")))
                .count()).isEqualTo(4));

        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).contains("= ANY(?)");
            assertThat(statement.params()).hasSize(2);
        });
    }
}
