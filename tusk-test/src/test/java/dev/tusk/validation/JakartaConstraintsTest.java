package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.tusk.Conflict;
import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.mapping.BeanCheck;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Validation (Hibernate Validator on this class path) merged with the mapping checks, before any SQL. */
@TuskTest
class JakartaConstraintsTest {
    private final Database db;
    private final SqlCapture capture;

    JakartaConstraintsTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Member.SQL + Booking.SQL);
    }

    @BeforeEach
    void emptyTables() {
        db.sql("truncate val_members, val_bookings restart identity").execute();
    }

    @Test
    void everyConstraintAndMappingViolationComesInOneExceptionInFieldOrder() {
        BigDecimal tooBig = new BigDecimal("12345.6");
        Member bad = new Member(null, " ", "not-an-email", "x", 16, tooBig);

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insert(bad));

        assertThat(invalid.violations()).extracting(Violation::field, Violation::value, Violation::message)
                .containsExactly(
                        tuple("username", " ", "must not be blank"),
                        tuple("email", "not-an-email", "must be a well-formed email address"),
                        tuple("nickname", "x", "size must be between 2 and 12"),
                        tuple("age", 16, "must be greater than or equal to 18"),
                        tuple("balance", tooBig, "is 12345.6: numeric(6,2) holds at most 4 digits before the point"
                                + " (@Column(precision = 6, scale = 2)); store a smaller value or widen the column"));
        assertThat(invalid.reason()).isEqualTo("Member is not valid: username: must not be blank; email: must be a"
                + " well-formed email address; nickname: size must be between 2 and 12; age: must be greater than or"
                + " equal to 18; balance is 12345.6: numeric(6,2) holds at most 4 digits before the point"
                + " (@Column(precision = 6, scale = 2)); store a smaller value or widen the column");
        assertThat(count("val_members")).isZero();
    }

    @Test
    void aValidRecordIsInsertedAndItsDatabaseFilledKeyIsNotHeldToNotNull() {
        Member alice = db.insert(Member.valid("alice"));

        assertThat(alice.id()).isNotNull();
        assertThat(db.get(Member.class, alice.id())).isEqualTo(alice);
    }

    @Test
    void aClassLevelConstraintHasAnEmptyFieldAndTheEntityAsValue() {
        Booking backwards = new Booking("blue", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.insert(backwards));

        assertThat(invalid.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEmpty();
            assertThat(violation.value()).isSameAs(backwards);
            assertThat(violation.message()).isEqualTo("ends must be after starts");
        });
        assertThat(invalid.reason()).isEqualTo("Booking is not valid: ends must be after starts");
    }

    @Test
    void aNullBothTuskAndJakartaRefuseIsReportedOnceBeforeTheClassConstraint() {
        Booking bad = new Booking(null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.save(bad));

        assertThat(invalid.reason()).isEqualTo("Booking is not valid: room must not be null; ends must be after starts");
        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("room", "");
        assertThat(invalid.operation()).isEqualTo("insert");
    }

    @Test
    void anUpdateOfEveryColumnChecksTheWholeEntity() {
        Member stored = db.insert(Member.valid("bob"));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.update(stored.withUsername("")));

        assertThat(invalid.violations()).extracting(Violation::field, Violation::message)
                .containsExactly(tuple("username", "must not be blank"));
        assertThat(db.get(Member.class, stored.id()).username()).isEqualTo("bob");
    }

    @Test
    void anUpdateOfNamedColumnsChecksOnlyThoseProperties() {
        Member stored = db.insert(Member.valid("carol"));
        Member partial = new Member(stored.id(), null, "carol@new.example", null, 0, null);

        db.update(partial, "email");
        ValidationException invalid = Refusal.beforeSql(capture, () -> db.update(partial.withEmail("nope"), "email"));

        assertThat(invalid.violations()).extracting(Violation::field, Violation::value)
                .containsExactly(tuple("email", "nope"));
        Member now = db.get(Member.class, stored.id());
        assertThat(now.email()).isEqualTo("carol@new.example");
        assertThat(now.username()).isEqualTo("carol");
    }

    @Test
    void anUpdateOfNamedColumnsLeavesClassConstraintsOut(TestDatabase database) {
        database.execute("insert into val_bookings (room, starts, ends, version) values ('old', '2026-05-02',"
                + " '2026-05-01', 0)"); // stored before the constraint existed
        Booking legacy = db.from(Booking.class).one();
        legacy.room = "green";

        db.update(legacy, "room");
        ValidationException whole = Refusal.beforeSql(capture, () -> db.update(legacy));

        assertThat(db.get(Booking.class, legacy.id).room).isEqualTo("green");
        assertThat(whole.violations()).extracting(Violation::field, Violation::message)
                .containsExactly(tuple("", "ends must be after starts"));
    }

    @Test
    void aClassInstanceIsCheckedOnUpdateAndKeepsItsVersion() {
        Booking booking = db.insert(new Booking("red", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)));
        booking.ends = LocalDate.of(2025, 12, 31);

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.update(booking));

        assertThat(invalid.violations()).extracting(Violation::message).containsExactly("ends must be after starts");
        assertThat(booking.version).as("unchanged: nothing was written").isZero();
        assertThat(db.get(Booking.class, booking.id).ends).isEqualTo(LocalDate.of(2026, 1, 3));
    }

    @Test
    void upsertAndSaveCheckTheEntity() {
        Member bad = Member.valid("dave").withEmail("dave-at-example");

        ValidationException upsert = Refusal.beforeSql(capture,
                () -> db.upsert(bad, Conflict.on(Member_.username).update(Member_.email)));
        ValidationException save = Refusal.beforeSql(capture, () -> db.save(bad));

        assertThat(upsert.violations()).extracting(Violation::field).containsExactly("email");
        assertThat(upsert.operation()).isEqualTo("upsert");
        assertThat(save.violations()).extracting(Violation::field).containsExactly("email");
        assertThat(count("val_members")).isZero();
    }

    @Test
    void aFilteredUpdateChecksTheAssignedValuesAgainstTheirConstraints() {
        db.insert(Member.valid("erin"));

        ValidationException invalid = Refusal.beforeSql(capture, () -> db.from(Member.class)
                .where(Member_.username.eq("erin"))
                .update(Member_.email.set("erin-at-example"), Member_.age.set(12)));

        assertThat(invalid.violations()).extracting(Violation::field, Violation::value, Violation::message)
                .containsExactly(tuple("email", "erin-at-example", "must be a well-formed email address"),
                        tuple("age", 12, "must be greater than or equal to 18"));
        assertThat(db.from(Member.class).one().email()).isEqualTo("erin@example.com");
    }

    @Test
    void plansWithValidationTurnedOffMakeOnlyTheMappingChecks() {
        Member bad = new Member(null, " ", "not-an-email", "x", 16, new BigDecimal("1"));
        EntityModel<Member> model = EntityModel.of(Member.class);
        EntityPlans detected = new EntityPlans(db.codecs());
        EntityPlans unchecked = new EntityPlans(db.codecs(), EntityValidator.none());
        var written = model.properties().subList(1, model.properties().size()); // the key is left to the database

        unchecked.of(Member.class).validate(model.values(bad), written, "insert", BeanCheck.entity(bad));

        assertThat(catchThrowableOfType(ValidationException.class, () -> detected.of(Member.class)
                .validate(model.values(bad), written, "insert", BeanCheck.entity(bad))).violations()).hasSize(4);
    }

    private long count(String table) {
        return db.sql("select count(*) from " + table).one(Long.class);
    }
}
