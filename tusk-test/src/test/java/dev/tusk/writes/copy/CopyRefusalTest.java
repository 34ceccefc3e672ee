package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.MappingException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import dev.tusk.type.CodecRegistry;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Types binary COPY cannot write are refused up front, naming entity, field and type; mismatches with the table too. */
@TuskTest
class CopyRefusalTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create type copy_mood as enum ('HAPPY', 'so-so', 'GRUMPY');
                create table copy_money (id integer primary key, price money);
                create table copy_search (id integer primary key, words tsvector, key uuid);
                create table copy_width (id integer primary key, amount bigint, codes integer[]);
                create table copy_ghost (id integer primary key);
                create table copy_label (id integer primary key, mood copy_mood);
                create table copy_slug (id integer primary key, slug text, year integer);
                """);
    }

    @Test
    void moneyIsRefusedBeforeAnySqlEvenForNoRows(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(
                () -> db.copy(MoneyRow.class, List.<MoneyRow>of()))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("MoneyRow.price (java.math.BigDecimal as money)")
                .hasMessageContaining("lc_monetary"));

        assertThat(sent).isEmpty();
        assertThatThrownBy(() -> db.copy(MoneyRow.class, List.of(new MoneyRow(1, BigDecimal.TEN))))
                .isInstanceOf(MappingException.class);
        assertThat(db.sql("select count(*) from copy_money").one(Long.class)).isZero();
    }

    @Test
    void everyRefusedFieldIsNamedInOneMessage(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(
                () -> db.copy(SearchRow.class, List.of(new SearchRow(1, "a b", "00000000-0000-0000-0000-000000000000"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("SearchRow.words (java.lang.String as tsvector)")
                .hasMessageContaining("to_tsvector")
                .hasMessageContaining("SearchRow.key (java.lang.String as uuid)")
                .hasMessageContaining("holds uuid as text in a String"));

        assertThat(sent).isEmpty();
    }

    @Test
    void columnOfAnotherTypeIsRefusedBeforeTheCopyNamingBothTypes(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(
                () -> db.copy(WidthMismatch.class, List.of(new WidthMismatch(1, 5, List.of("x")))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("WidthMismatch.amount is written as int4 but column \"amount\" is bigint")
                .hasMessageContaining("WidthMismatch.codes is written as text[] but column \"codes\" is integer[]"));

        assertThat(sent).singleElement().satisfies(query -> assertThat(query.sql()).contains("pg_attribute"));
        assertThat(db.sql("select count(*) from copy_width").one(Long.class)).isZero();
    }

    @Test
    void fieldWithoutAColumnIsRefusedBeforeTheCopy(Database db) {
        assertThatThrownBy(() -> db.copy(GhostColumn.class, List.of(new GhostColumn(1, "boo"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("has no column \"ghost\" for GhostColumn.ghost");
    }

    @Test
    void classWithoutTableIsRefused(Database db) {
        assertThatThrownBy(() -> db.copy(Unmapped.class, List.of(new Unmapped(1, "x"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Unmapped is not a table entity");
    }

    @Test
    void stringDeclaredAsAnEnumTypeIsSentAsItsLabel(Database db) {
        db.copy(MoodLabel.class, List.of(new MoodLabel(1, "so-so"), new MoodLabel(2, null)));

        assertThat(db.sql("select mood::text from copy_label order by id").list(String.class))
                .containsExactly("so-so", null);
    }

    @Test
    void customTextCodecIsCopiedThroughItsTextFormAndCustomBinaryTypeIsRefused(TestDatabase database) {
        CodecRegistry codecs = CodecRegistry.defaults().withFactory((usage, registry) -> Slug.codecFor(usage));
        try (Database custom = Database.builder().url(database.url()).codecs(codecs).build()) {
            custom.copy(SlugRow.class, List.of(new SlugRow(1, new Slug("hello-world"))));

            assertThat(custom.sql("select slug from copy_slug").list(String.class)).containsExactly("hello-world");
            assertThatThrownBy(() -> custom.copy(SlugRow.WithYear.class,
                    List.of(new SlugRow.WithYear(2, new Slug("x"), Year.of(2024)))))
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("WithYear.year (java.time.Year as integer)")
                    .hasMessageContaining("is not one of Tusk's");
        }
    }
}
