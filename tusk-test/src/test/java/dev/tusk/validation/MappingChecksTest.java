package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tusk.Database;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import dev.tusk.validation.Listing.Mood;
import dev.tusk.validation.Listing.Size;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks the mapping implies, made before any SQL: not null, length, precision, vector dimensions, enum labels. */
@TuskTest
class MappingChecksTest {
    private final Database db;
    private final SqlCapture capture;

    MappingChecksTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Listing.SQL + Wallet.SQL);
    }

    @BeforeEach
    void emptyTables() {
        db.sql("truncate val_listings, val_wallets restart identity").execute();
    }

    @Test
    void everyViolationOfOneRecordComesInOneExceptionWithFieldValueAndMessage() {
        BigDecimal tooBig = new BigDecimal("1234.5");
        Listing bad = new Listing(null, null, tooBig, Size.EXTRA_LARGE, Mood.UNSTORABLE);

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insert(bad));

        assertThat(invalid.violations()).extracting(Violation::field, Violation::value, Violation::row).containsExactly(
                tuple("title", null, -1L), tuple("price", tooBig, -1L), tuple("size", Size.EXTRA_LARGE, -1L),
                tuple("mood", Mood.UNSTORABLE, -1L));
        assertThat(invalid.violations()).extracting(Violation::message).containsExactly(
                "must not be null",
                "is 1234.5: numeric(5,2) holds at most 3 digits before the point (@Column(precision = 5, scale = 2));"
                        + " store a smaller value or widen the column",
                "holds Size.EXTRA_LARGE, whose label is 11 characters long; at most 6 fit: widen @Column(length) or"
                        + " give the constant a shorter @EnumLabel",
                "Mood.UNSTORABLE has the label 'a-label-of-sixty-four-bytes-which-no-postgresql-enum-type-can-ha' of"
                        + " 64 bytes, and a PostgreSQL enum label holds at most 63, so val_mood cannot have it: give the"
                        + " constant a shorter @EnumLabel");
        assertThat(invalid.reason()).startsWith("Listing is not valid: title must not be null; price is 1234.5: ")
                .contains("; size holds Size.EXTRA_LARGE, whose label is 11 characters long;")
                .contains("; mood: Mood.UNSTORABLE has the label");
        assertThat(invalid.entity()).isEqualTo(Listing.class);
        assertThat(invalid.operation()).isEqualTo("insert");
        assertThat(count("val_listings")).isZero();
    }

    @Test
    void extraDigitsAfterThePointAreRoundedByPostgresNotRefused() {
        db.insert(Listing.of("up", "1.005"));
        db.insert(Listing.of("down", "-999.994"));
        db.insert(Listing.of("edge", "999.99"));

        assertThat(db.sql("select price::text from val_listings order by id").list(String.class))
                .containsExactly("1.01", "-999.99", "999.99");
    }

    @Test
    void aValueThatRoundsPastThePrecisionIsRefusedAsThePostgresServerWould(TestDatabase database) {
        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insert(Listing.of("carry", "999.995")));

        assertThat(invalid.reason()).isEqualTo("Listing is not valid: price is 999.995, 1000.00 once rounded to the"
                + " scale: numeric(5,2) holds at most 3 digits before the point (@Column(precision = 5, scale = 2));"
                + " store a smaller value or widen the column");
        assertThatThrownBy(() -> database.execute("insert into val_listings (title, price) values ('carry', 999.995)"))
                .as("the server refuses the same value").hasMessageContaining("numeric field overflow");
        assertThat(count("val_listings")).isZero();
    }

    @Test
    void integralNumbersAreCheckedAgainstTheirPrecisionToo() {
        Wallet wallet = new Wallet("ann", 12_345L, null);

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insert(wallet));

        assertThat(invalid.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("points");
            assertThat(violation.value()).isEqualTo(12_345L);
            assertThat(violation.message()).startsWith("is 12345: numeric(4,0) holds at most 4 digits before the point");
        });
        db.insert(new Wallet("ann", 9_999L, null));
        assertThat(count("val_wallets")).isOne();
    }

    @Test
    void aClassEntityGetsTheSameChecksAndASecretLookingFieldKeepsItsValueOutOfTheMessage() {
        BigDecimal limit = new BigDecimal("12345678.90");
        Wallet wallet = new Wallet(null, 77_777L, limit);

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insert(wallet));

        assertThat(invalid.violations()).extracting(Violation::field, Violation::value)
                .containsExactly(tuple("owner", null), tuple("points", 77_777L), tuple("secretLimit", limit));
        assertThat(invalid.getMessage()).contains("secretLimit is too big: numeric(8,2) holds at most 6 digits")
                .contains("points is 77777: ").doesNotContain("12345678").endsWith("[insert Wallet]");
        assertThat(invalid.violations().get(2).toString()).as("a violation prints no value")
                .isEqualTo("secretLimit: is too big: numeric(8,2) holds at most 6 digits before the point"
                        + " (@Column(precision = 8, scale = 2)); store a smaller value or widen the column");
    }

    @Test
    void aVectorOfTheWrongDimensionIsRefusedBeforeSql() {
        ValidationException invalid = Refusal.beforeSql(capture,
                () -> db.insert(new Embedding(1, new float[] {1f, 2f})));

        assertThat(invalid.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("vector");
            assertThat(violation.value()).isEqualTo(new float[] {1f, 2f});
            assertThat(violation.message()).startsWith("vector has 2 dimensions but the column expects 3");
        });
        assertThat(invalid.reason()).startsWith("Embedding is not valid: vector: vector has 2 dimensions");
    }

    @Test
    void anEnumLabelTheDatabaseTypeLacksIsLeftToTheServer() {
        assertThatThrownBy(() -> db.insert(new Listing(null, "angry", null, Size.LARGE, Mood.angry)))
                .isInstanceOf(DatabaseException.class)
                .isNotInstanceOf(ValidationException.class)
                .hasMessageContaining("invalid input value for enum val_mood: \"angry\"")
                .satisfies(failure -> assertThat(((DatabaseException) failure).sqlState()).isEqualTo("22P02"));
        Listing stored = db.insert(new Listing(null, "sad", null, Size.LARGE, Mood.sad));
        assertThat(db.get(Listing.class, stored.id())).isEqualTo(stored);
    }

    @Test
    void anUpdateOfNamedColumnsChecksWhatItWrites() {
        Listing stored = db.insert(Listing.of("lamp", "10"));
        Listing priced = new Listing(stored.id(), stored.title(), new BigDecimal("1000"), Size.SMALL, Mood.happy);

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.update(priced, "price"));

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("price");
        assertThat(db.get(Listing.class, stored.id()).price()).isEqualByComparingTo("10");
    }

    @Test
    void aFilteredUpdateChecksTheValuesItAssigns() {
        db.insert(Listing.of("lamp", "10"));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.from(Listing.class)
                .where(Listing_.title.eq("lamp"))
                .update(Listing_.price.set(new BigDecimal("-1000")), Listing_.title.setNull()));

        assertThat(invalid.violations()).extracting(Violation::field, Violation::value)
                .containsExactly(tuple("title", null), tuple("price", new BigDecimal("-1000")));
        assertThat(invalid.reason()).startsWith("Listing is not valid: title must not be null; price is -1000: ");
    }

    @Test
    void aFailureThatIsNoEntityViolationHasNoViolations() {
        assertThatThrownBy(() -> db.find(Listing.class, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        invalid -> assertThat(invalid.violations()).isEmpty())
                .hasMessageContaining("id must not be null");
    }

    private long count(String table) {
        return db.sql("select count(*) from " + table).one(Long.class);
    }
}
