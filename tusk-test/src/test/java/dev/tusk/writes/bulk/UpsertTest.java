package dev.tusk.writes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Conflict;
import dev.tusk.Database;
import dev.tusk.Upserted;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code db.upsert} and {@code db.upsertAll}: inserted, updated or skipped, per row, in input order. */
@TuskTest
class UpsertTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Member.DDL + Account.DDL + Ticket.DDL + Tally.DDL);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate member, account, ticket restart identity");
    }

    @Test
    void upsertInsertsANewRowThenUpdatesItAndSaysWhich(Database db) {
        Upserted<Member> first = db.upsert(Member.named("ann"), Conflict.on(Member_.email));
        Upserted<Member> second = db.upsert(Member.named("ann").withAge(41), Conflict.on(Member_.email));

        assertThat(first.inserted()).isTrue();
        assertThat(first.updated()).isFalse();
        assertThat(first.entity().id()).isEqualTo(1L);
        assertThat(second.inserted()).isFalse();
        assertThat(second.updated()).isTrue();
        assertThat(second.skipped()).isFalse();
        assertThat(second.entity().id()).as("the stored row's key").isEqualTo(1L);
        assertThat(second.entity().age()).isEqualTo(41);
        assertThat(second.entity().version()).as("an update bumps the version").isEqualTo(1);
        assertThat(second.entity().createdAt()).as("a column left to the database is not reset")
                .isEqualTo(first.entity().createdAt());
        assertThat(db.get(Member.class, 1L)).isEqualTo(second.entity());
    }

    @Test
    void updateSetsOnlyTheNamedColumns(Database db) {
        db.insert(Member.named("ann"));

        Upserted<Member> result = db.upsert(Member.named("ann").withUsername("annie").withAge(99),
                Conflict.on(Member_.email).update(Member_.age));

        assertThat(result.updated()).isTrue();
        assertThat(result.entity().age()).isEqualTo(99);
        assertThat(result.entity().username()).isEqualTo("ann");
    }

    @Test
    void upsertAllSaysPerRowInInputOrderAndFillsClassInstancesInPlace(Database db) {
        db.insertAll(List.of(Account.of("b@x.io", "Bob", "1.00"), Account.of("d@x.io", "Dee", "2.00")));
        List<Account> batch = List.of(Account.of("a@x.io", "Ann", "5.00"), Account.of("b@x.io", "Bobby", "6.00"),
                Account.of("c@x.io", "Cy", null), Account.of("d@x.io", "Deedee", "8.00"));

        List<Upserted<Account>> results = db.upsertAll(batch, Conflict.on("email"));

        assertThat(results).extracting(Upserted::inserted).containsExactly(true, false, true, false);
        assertThat(results).extracting(Upserted::updated).containsExactly(false, true, false, true);
        for (int index = 0; index < batch.size(); index++) {
            assertThat(results.get(index).entity()).isSameAs(batch.get(index));
        }
        assertThat(batch.get(1).id).as("the existing row's key").isEqualTo(1L);
        assertThat(batch.get(1).version).isEqualTo(1L);
        assertThat(batch.get(0).id).isEqualTo(3L);
        assertThat(batch.get(0).createdAt).isNotNull();
        assertThat(batch.get(3).note).isEqualTo("kept");
        assertThat(db.get(Account.class, 2L).name).isEqualTo("Deedee");
    }

    @Test
    void doNothingReturnsExistingRowsAsSkippedAndUntouched(Database db) {
        Member stored = db.insert(Member.named("ann"));
        Member again = Member.named("ann").withAge(77);

        List<Upserted<Member>> results = db.upsertAll(List.of(Member.named("bob"), again),
                Conflict.on(Member_.email).doNothing());

        assertThat(results.get(0).inserted()).isTrue();
        assertThat(results.get(0).entity().id()).isNotNull();
        assertThat(results.get(1).skipped()).isTrue();
        assertThat(results.get(1).inserted()).isFalse();
        assertThat(results.get(1).updated()).isFalse();
        assertThat(results.get(1).entity()).as("the entity passed in").isSameAs(again);
        assertThat(db.get(Member.class, stored.id())).isEqualTo(stored);
    }

    @Test
    void whereUpdatesOnlyRowsWhereTheConditionHoldsAndSkipsTheOthers(Database db) {
        db.insertAll(List.of(Member.named("ann").withAge(30), Member.named("bob").withAge(50)));

        List<Upserted<Member>> results = db.upsertAll(List.of(Member.named("ann").withAge(40),
                        Member.named("bob").withAge(45), Member.named("cy").withAge(20)),
                Conflict.on(Member_.email).update(Member_.age).where(Member_.age.lt(Conflict.excluded(Member_.age))));

        assertThat(results.get(0).updated()).as("40 > 30: newer").isTrue();
        assertThat(results.get(0).entity().age()).isEqualTo(40);
        assertThat(results.get(1).skipped()).as("45 < 50: kept").isTrue();
        assertThat(results.get(2).inserted()).isTrue();
        assertThat(db.from(Member.class).where(Member_.email.eq("bob@x.io")).one().age()).isEqualTo(50);
    }

    @Test
    void whereBindsItsValues(Database db, SqlCapture capture) {
        db.insert(Member.named("ann"));

        List<CapturedStatement> sent = capture.during(() -> {
            Upserted<Member> result = db.upsert(Member.named("ann").withAge(60),
                    Conflict.on(Member_.email).where(Member_.username.eq("nobody")));
            assertThat(result.skipped()).isTrue();
        });

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).sql()).contains("WHERE \"t0\".\"username\" = ?").doesNotContain("nobody");
        assertThat(sent.get(0).params()).contains("nobody");
    }

    @Test
    void onConstraintNamesTheConstraintAndMatchesRowsByItsColumns(Database db, SqlCapture capture) {
        db.insert(Member.named("ann"));

        List<CapturedStatement> sent = capture.during(() -> {
            List<Upserted<Member>> results = db.upsertAll(List.of(Member.named("ann").withAge(31), Member.named("bob")),
                    Conflict.onConstraint("member_username_key").update(Member_.age));
            assertThat(results).extracting(Upserted::updated).containsExactly(true, false);
            assertThat(results).extracting(Upserted::inserted).containsExactly(false, true);
        });

        assertThat(sent.get(sent.size() - 1).sql()).contains("ON CONFLICT ON CONSTRAINT \"member_username_key\"");
    }

    @Test
    void anUnknownOrUnsafeConstraintNameIsRefused(Database db) {
        assertThatThrownBy(() -> db.upsert(Member.named("ann"), Conflict.onConstraint("no_such_constraint")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no unique or primary key constraint named no_such_constraint");
        assertThatThrownBy(() -> Conflict.onConstraint("x\"; drop table member; --"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is not a valid identifier");
        assertThat(db.from(Member.class).count()).isZero();
    }

    @Test
    void theSameConflictKeyTwiceIsRefusedBeforeSqlNamingKeyAndRows(Database db, SqlCapture capture) {
        List<Member> batch = List.of(Member.named("ann"), Member.named("bob"), Member.named("ann").withUsername("ann2"));

        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() ->
                db.upsertAll(batch, Conflict.on(Member_.email)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("rows 0 and 2 have the same conflict key (email=ann@x.io)")
                .hasMessageContaining("deduplicate()"));

        assertThat(sent).isEmpty();
        assertThat(db.from(Member.class).count()).isZero();
    }

    @Test
    void deduplicateSendsTheLastRowOfEachKeyAndReportsTheOthersSkipped(Database db) {
        List<Member> batch = List.of(Member.named("ann").withAge(1), Member.named("bob"), Member.named("ann").withAge(3));

        List<Upserted<Member>> results = db.upsertAll(batch, Conflict.on(Member_.email).deduplicate());

        assertThat(results.get(0).skipped()).isTrue();
        assertThat(results.get(0).entity()).isSameAs(batch.get(0));
        assertThat(results.get(1).inserted()).isTrue();
        assertThat(results.get(2).inserted()).isTrue();
        assertThat(db.from(Member.class).where(Member_.email.eq("ann@x.io")).one().age()).isEqualTo(3);
    }

    @Test
    void aRowWithoutItsConflictKeyIsRefused(Database db) {
        assertThatThrownBy(() -> db.upsertAll(List.of(Member.named("ann"), Member.named("bob").withEmail(null)),
                Conflict.on(Member_.email)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 1: Member.email is null");
    }

    @Test
    void aConflictKeyLeftToTheDatabaseIsRefused(Database db) {
        assertThatThrownBy(() -> db.upsert(new Tally(0, "x"), Conflict.on(Tally_.id)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 0: Tally.id is left to the database");

        assertThat(db.upsert(new Tally(7, "x"), Conflict.on(Tally_.id)).inserted()).isTrue();
    }

    @Test
    void conflictAndUpdateColumnsAreCheckedAgainstTheEntity(Database db) {
        assertThatThrownBy(() -> db.upsert(Member.named("ann"), Conflict.on("nope")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown field or column 'nope'");
        assertThatThrownBy(() -> db.upsert(Member.named("ann"), Conflict.on(Member_.email).update(Member_.version)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot update version field version");
        assertThatThrownBy(() -> db.upsert(Account.of("a@x.io", "A", null), Conflict.on(Member_.email)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("a column of another entity than Account");
        assertThatThrownBy(() -> Conflict.on(Member_.email).doNothing().update(Member_.age))
                .isInstanceOf(ValidationException.class).hasMessageContaining("choose one action");
    }

    @Test
    void conflictColumnsWithoutAUniqueIndexAreTheServersErrorAndWriteNothing(Database db) {
        assertThatThrownBy(() -> db.upsertAll(List.of(Member.named("ann"), Member.named("bob").withAge(31)),
                Conflict.on(Member_.age)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("there is no unique or exclusion constraint matching the ON CONFLICT specification");

        assertThat(db.from(Member.class).count()).isZero();
    }

    @Test
    void upsertAllSendsOneStatementPerChunk(Database db, SqlCapture capture) {
        db.insertAll(IntStream.range(0, 3_000).mapToObj(index -> Member.named("user" + index)).toList());
        List<Member> batch = IntStream.range(0, 6_000).mapToObj(index -> Member.named("user" + index).withAge(50))
                .toList();

        List<CapturedStatement> sent = capture.during(() -> {
            List<Upserted<Member>> results = db.upsertAll(batch, Conflict.on(Member_.email));
            assertThat(results.stream().filter(Upserted::updated)).hasSize(3_000);
            assertThat(results.subList(0, 3_000)).allMatch(Upserted::updated);
            assertThat(results.subList(3_000, 6_000)).allMatch(Upserted::inserted);
            assertThat(results.get(4_000).entity().username()).isEqualTo("user4000");
        });

        assertThat(sent).hasSize(2);
        assertThat(sent).allSatisfy(statement -> assertThat(statement.params()).hasSize(6));
        assertThat(sent).extracting(CapturedStatement::rowCount).containsExactly(5_000L, 1_000L);
        assertThat(db.from(Member.class).where(Member_.age.eq(50)).count()).isEqualTo(6_000);
    }

    @Test
    void aClientFactoryKeyIsSentSoTheRowCanBeUpsertedByIt(Database db) {
        Ticket first = db.upsert(new Ticket(null, "printer", null), Conflict.on(Ticket_.id)).entity();

        Upserted<Ticket> again = db.upsert(new Ticket(first.id(), "printer on fire", null),
                Conflict.on(Ticket_.id).update(Ticket_.title));

        assertThat(first.id()).isNotNull();
        assertThat(first.status()).isEqualTo("open");
        assertThat(again.updated()).isTrue();
        assertThat(db.get(Ticket.class, first.id()).title()).isEqualTo("printer on fire");
    }
}
