package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.tusk.Conflict;
import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk writes check every row, mapping and Jakarta alike; violations carry the row index; nothing is written. */
@TuskTest
class BulkValidationTest {
    private final Database db;
    private final SqlCapture capture;

    BulkValidationTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Member.SQL + Listing.SQL);
    }

    @BeforeEach
    void emptyTables() {
        db.sql("truncate val_members, val_listings restart identity").execute();
    }

    @Test
    void insertAllNamesEachFailingRowAndWritesNothing() {
        List<Member> members = List.of(Member.valid("ann"), Member.valid("ben").withEmail("ben-at-example"),
                Member.valid("cy"), Member.valid("dee").withUsername(""));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insertAll(members));

        assertThat(invalid.violations()).extracting(Violation::row, Violation::field, Violation::value)
                .containsExactly(tuple(1L, "email", "ben-at-example"), tuple(3L, "username", ""));
        assertThat(invalid.reason()).isEqualTo("row 1: Member is not valid: email: must be a well-formed email"
                + " address; row 3: Member is not valid: username: must not be blank");
        assertThat(invalid.operation()).isEqualTo("insertAll");
        assertThat(count("val_members")).isZero();
    }

    @Test
    void mappingAndJakartaViolationsOfManyRowsAreAllKeptWhileTheMessageNamesTheFirstFive() {
        List<Listing> listings = new ArrayList<>();
        for (int row = 0; row < 8; row++) {
            listings.add(Listing.of("listing-" + row, row % 2 == 0 ? "1" : "1000"));
        }

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insertAll(listings));

        assertThat(invalid.violations()).extracting(Violation::row).containsExactly(1L, 3L, 5L, 7L);
        assertThat(invalid.violations()).extracting(Violation::field).containsOnly("price");
        assertThat(invalid.reason()).startsWith("row 1: Listing is not valid: price is 1000: numeric(5,2)")
                .contains("; row 7: Listing is not valid: price is 1000: ");
    }

    @Test
    void upsertAllChecksWholeEntities() {
        List<Member> members = List.of(Member.valid("fay"), new Member(null, "gus", "gus@example.com", "g", 40, null));

        ValidationException invalid = Refusal.beforeSql(capture,
                () -> db.upsertAll(members, Conflict.on(Member_.username)));

        assertThat(invalid.violations()).extracting(Violation::row, Violation::field, Violation::message)
                .containsExactly(tuple(1L, "nickname", "size must be between 2 and 12"));
        assertThat(invalid.operation()).isEqualTo("upsertAll");
        assertThat(count("val_members")).isZero();
    }

    @Test
    void updateAllOfNamedColumnsChecksOnlyThoseProperties() {
        List<Member> stored = db.insertAll(List.of(Member.valid("hal"), Member.valid("ida"), Member.valid("jo")));
        // usernames made blank are not written, so not checked; row 2's new email is
        List<Member> edited = List.of(stored.get(0).withUsername("").withEmail("hal@new.example"),
                stored.get(1).withEmail("ida@new.example"), stored.get(2).withEmail("jo-at-new"));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.updateAll(edited, Member_.email));
        db.updateAll(edited.subList(0, 2), Member_.email);

        assertThat(invalid.violations()).extracting(Violation::row, Violation::field, Violation::value)
                .containsExactly(tuple(2L, "email", "jo-at-new"));
        assertThat(db.sql("select username || ' ' || email from val_members order by id").list(String.class))
                .containsExactly("hal hal@new.example", "ida ida@new.example", "jo jo@example.com");
    }

    @Test
    void copyNamesTheFailingRowAndStoresNothing() {
        List<Member> members = List.of(Member.valid("kim"), Member.valid("lou"), Member.valid("max").withEmail("max@"));

        ValidationException invalid = catchThrowableOfType(ValidationException.class,
                () -> db.copy(Member.class, members));

        assertThat(invalid.violations()).extracting(Violation::row, Violation::field, Violation::value)
                .containsExactly(tuple(2L, "email", "max@"));
        assertThat(invalid.reason()).isEqualTo("row 2: Member is not valid: email: must be a well-formed email address");
        assertThat(invalid.operation()).isEqualTo("copy");
        assertThat(count("val_members")).isZero();
    }

    @Test
    void copyRefusesABadFirstRowBeforeAnySql() {
        List<Member> members = List.of(Member.valid("ned").withUsername("  "), Member.valid("ola"));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.copy(Member.class, members));

        assertThat(invalid.violations()).extracting(Violation::row, Violation::field)
                .containsExactly(tuple(0L, "username"));
    }

    private long count(String table) {
        return db.sql("select count(*) from " + table).one(Long.class);
    }
}
