package dev.tusk.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Key;
import dev.tusk.crud.CrudEntities.Customer;
import dev.tusk.crud.CrudEntities.FilmActor;
import dev.tusk.crud.CrudEntities.Setting;
import dev.tusk.crud.CrudEntities.User;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@TuskTest
class CrudTest {
    private final Database db;
    private final SqlCapture capture;

    CrudTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void createTables(TestDatabase database) {
        database.execute(CrudEntities.SCHEMA);
    }

    @BeforeEach
    void emptyTables() {
        db.sql("truncate users, customers, settings, film_actor restart identity").execute();
    }

    @Test
    void insertReturnsGeneratedKeyAndDefaultsAsNewRecord() {
        User draft = User.named("alice", 30);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        User alice = db.insert(draft);

        assertThat(alice).isNotSameAs(draft);
        assertThat(alice.id()).isEqualTo(1L);
        assertThat(alice.active()).isTrue();
        assertThat(alice.createdAt()).isAfter(before);
        assertThat(draft.id()).isNull();
        assertThat(db.get(User.class, alice.id())).isEqualTo(alice);
    }

    @Test
    void insertFillsClassInPlaceIncludingInheritedFields() {
        Customer customer = new Customer("Acme", "12.50");

        Customer returned = db.insert(customer);

        assertThat(returned).isSameAs(customer);
        assertThat(customer.id).isEqualTo(1L);
        assertThat(customer.createdAt).isNotNull();
        Customer loaded = db.get(Customer.class, 1L);
        assertThat(loaded.name).isEqualTo("Acme");
        assertThat(loaded.balance).isEqualByComparingTo("12.50");
        assertThat(loaded.createdAt).isEqualTo(customer.createdAt);
        assertThat(loaded.scratch).as("transient field keeps its initializer").isEqualTo("not stored");
    }

    @Test
    void insertSendsOneStatementWithReturningOnlyForDatabaseFilledColumns() {
        var statements = capture.during(() -> db.insert(User.named("bob", 41)));

        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).sql()).isEqualTo("INSERT INTO \"users\" (\"username\", \"email\", \"age\", \"version\")"
                + " VALUES (?, ?, ?, ?) RETURNING \"id\", \"active\", \"created_at\"");
        assertThat(statements.get(0).params()).containsExactly("bob", "bob@x.io", 41, 0);
    }

    @Test
    void explicitValueForDefaultedColumnIsSent() {
        User inactive = db.insert(new User(null, "carol", null, 22, false, null, 0));

        assertThat(inactive.active()).isFalse();
        assertThat(db.get(User.class, inactive.id()).active()).isFalse();
    }

    @Test
    void findIsEmptyAndGetThrowsWhenRowIsAbsent() {
        assertThat(db.find(User.class, 42L)).isEmpty();
        assertThatThrownBy(() -> db.get(User.class, 42L))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no User with id=42");
    }

    @Test
    void findAcceptsAnIntForALongKey() {
        User dave = db.insert(User.named("dave", 50));

        assertThat(db.find(User.class, dave.id().intValue())).contains(dave);
    }

    @Test
    void findWithWrongKeyTypeIsRejectedBeforeSql() {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.find(User.class, "one"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("id part id of User is a Long, got String"));
        assertThat(statements).isEmpty();
    }

    @Test
    void updateWritesEveryColumnAndBumpsTheVersion() {
        User erin = db.insert(User.named("erin", 20));

        User updated = db.update(erin.withEmail("erin@new.io").withAge(21));

        assertThat(updated.version()).isEqualTo(1);
        User loaded = db.get(User.class, erin.id());
        assertThat(loaded.email()).isEqualTo("erin@new.io");
        assertThat(loaded.age()).isEqualTo(21);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).isEqualTo(updated);
    }

    @Test
    void updateOfListedFieldsLeavesTheOthersAlone() {
        User frank = db.insert(User.named("frank", 33));

        db.update(frank.withEmail("frank@new.io").withAge(99), "email");

        User loaded = db.get(User.class, frank.id());
        assertThat(loaded.email()).isEqualTo("frank@new.io");
        assertThat(loaded.age()).isEqualTo(33);
        assertThat(loaded.version()).isEqualTo(1);
    }

    @Test
    void updateOfUnknownFieldIsRejectedNamingTheValidOnes() {
        User gina = db.insert(User.named("gina", 28));

        var statements = capture.during(() -> assertThatThrownBy(() -> db.update(gina, "emial"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown field or column 'emial' on User")
                .hasMessageContaining("email"));
        assertThat(statements).isEmpty();
    }

    @Test
    void staleUpdateRaisesOptimisticLockAndChangesNothing() {
        User hank = db.insert(User.named("hank", 40));
        db.update(hank.withAge(41));

        assertThatThrownBy(() -> db.update(hank.withEmail("stale@x.io")))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("User with id=" + hank.id())
                .hasMessageContaining("expected version 0");
        User loaded = db.get(User.class, hank.id());
        assertThat(loaded.email()).isEqualTo("hank@x.io");
        assertThat(loaded.age()).isEqualTo(41);
        assertThat(loaded.version()).isEqualTo(1);
    }

    @Test
    void staleDeleteRaisesOptimisticLockAndKeepsTheRow() {
        User ivy = db.insert(User.named("ivy", 25));
        db.update(ivy.withAge(26));

        assertThatThrownBy(() -> db.delete(ivy)).isInstanceOf(OptimisticLockException.class);
        assertThat(db.find(User.class, ivy.id())).isPresent();
    }

    @Test
    void deleteWithCurrentVersionRemovesTheRow() {
        User jack = db.update(db.insert(User.named("jack", 25)).withAge(26));

        assertThat(db.delete(jack)).isTrue();
        assertThat(db.find(User.class, jack.id())).isEmpty();
    }

    @Test
    void classVersionIsBumpedInPlaceAndCheckedOnUpdate() {
        Customer customer = db.insert(new Customer("Initech", "1.00"));
        Customer stale = db.get(Customer.class, customer.id);

        customer.balance = new BigDecimal("2.00");
        db.update(customer);

        assertThat(customer.version).isEqualTo(1L);
        stale.name = "Overwritten";
        assertThatThrownBy(() -> db.update(stale)).isInstanceOf(OptimisticLockException.class);
        assertThat(db.get(Customer.class, customer.id).name).isEqualTo("Initech");
    }

    @Test
    void updateOfMissingRowWithoutVersionIsNotFound() {
        assertThatThrownBy(() -> db.update(new Setting("absent", "x")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no Setting with key=absent to update");
    }

    @Test
    void saveInsertsANewEntityThenUpdatesIt() {
        User kim = db.save(User.named("kim", 19));
        assertThat(kim.id()).isNotNull();

        User older = db.save(kim.withAge(20));

        assertThat(older.version()).isEqualTo(1);
        assertThat(db.get(User.class, kim.id()).age()).isEqualTo(20);
        assertThat(db.sql("select count(*) from users").one(Long.class)).isEqualTo(1L);
    }

    @Test
    void saveOfNaturalKeyIsAnUpsert() {
        db.save(new Setting("theme", "dark"));
        db.save(new Setting("theme", "light"));

        assertThat(db.get(Setting.class, "theme").value()).isEqualTo("light");
        assertThat(db.sql("select count(*) from settings").one(Long.class)).isEqualTo(1L);
    }

    @Test
    void deleteByIdReportsWhetherARowWentAway() {
        User lena = db.insert(User.named("lena", 31));

        assertThat(db.deleteById(User.class, lena.id())).isTrue();
        assertThat(db.deleteById(User.class, lena.id())).isFalse();
    }

    @Test
    void refreshReloadsARecordAndOverwritesAClassInPlace() {
        User mia = db.insert(User.named("mia", 44));
        Customer customer = db.insert(new Customer("Hooli", "5.00"));
        db.sql("update users set age = 45 where id = :id").bind("id", mia.id()).execute();
        db.sql("update customers set name = 'Hooli XYZ' where id = ?").bind(1, customer.id).execute();

        User fresh = db.refresh(mia);
        Customer same = db.refresh(customer);

        assertThat(fresh.age()).isEqualTo(45);
        assertThat(same).isSameAs(customer);
        assertThat(customer.name).isEqualTo("Hooli XYZ");
    }

    @Test
    void refreshOfDeletedRowIsNotFound() {
        User nora = db.insert(User.named("nora", 37));
        db.deleteById(User.class, nora.id());

        assertThatThrownBy(() -> db.refresh(nora)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void compositeKeysAreFoundWithKeyOf() {
        db.insert(new FilmActor(1, 10, "lead"));
        db.insert(new FilmActor(1, 11, "extra"));

        assertThat(db.get(FilmActor.class, Key.of(1, 11)).role()).isEqualTo("extra");
        FilmActor changed = db.update(new FilmActor(1, 10, "villain"));
        assertThat(db.get(FilmActor.class, Key.of(1, 10))).isEqualTo(changed);
        assertThat(db.delete(changed)).isTrue();
        assertThat(db.find(FilmActor.class, Key.of(1, 10))).isEmpty();
    }

    @Test
    void compositeKeyWithWrongArityIsRejected() {
        assertThatThrownBy(() -> db.find(FilmActor.class, 1))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("has 2 part(s)")
                .hasMessageContaining("Key.of");
    }

    @Test
    void nullInNotNullFieldIsRejectedBeforeSql() {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.insert(new User(null, null, "x@x.io", 1, null,
                null, 0)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("username must not be null"));
        assertThat(statements).isEmpty();
    }

    @Test
    void textLongerThanColumnLengthIsRejectedBeforeSql() {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.insert(User.named("x".repeat(21), 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("username is 21 characters long; at most 20 fit")
                .satisfies(error -> {
                    ValidationException invalid = (ValidationException) error;
                    assertThat(invalid.entity()).isEqualTo(User.class);
                    assertThat(invalid.operation()).isEqualTo("insert");
                    assertThat(invalid.sqlState()).isNull();
                }));
        assertThat(statements).isEmpty();
        assertThat(db.sql("select count(*) from users").one(Long.class)).isZero();
    }

    @Test
    void uniqueViolationNamesTheConstraintAndWritesNothing() {
        db.insert(User.named("olga", 50));

        assertThatThrownBy(() -> db.insert(User.named("olga", 51)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, violation -> {
                    assertThat(violation.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
                    assertThat(violation.constraint()).isEqualTo("users_username_key");
                    assertThat(violation.sqlState()).isEqualTo("23505");
                    assertThat(violation.entity()).isEqualTo(User.class);
                    assertThat(violation.operation()).isEqualTo("insert");
                    assertThat(violation.getMessage()).contains("INSERT INTO \"users\"");
                });
        assertThat(db.sql("select count(*) from users").one(Long.class)).isEqualTo(1L);
    }

    @Test
    void timestampsComeBackAtMicrosecondPrecision() {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        User pam = db.insert(new User(null, "pam", null, 1, true, now, 0));

        assertThat(db.get(User.class, pam.id()).createdAt().toInstant()).isEqualTo(now.toInstant());
    }
}
