package dev.tusk.writes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code db.updateAll(list, columns...)}: one statement per chunk, versions checked per row, all or nothing. */
@TuskTest
class UpdateAllTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Member.DDL + Account.DDL + Ticket.DDL);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate member, account, ticket restart identity");
    }

    @Test
    void namedColumnsAreWrittenAndRecordsComeBackWithTheirVersionBumped(Database db) {
        List<Member> stored = db.insertAll(List.of(Member.named("ann"), Member.named("bob")));
        List<Member> edited = List.of(stored.get(0).withAge(61).withEmail("not-written@x.io"), stored.get(1).withAge(62));

        List<Member> updated = db.updateAll(edited, Member_.age);

        assertThat(updated).extracting(Member::version).containsExactly(1, 1);
        assertThat(updated).extracting(Member::age).containsExactly(61, 62);
        assertThat(edited.get(0).version()).as("the records passed in are untouched").isZero();
        Member loaded = db.get(Member.class, stored.get(0).id());
        assertThat(loaded.age()).isEqualTo(61);
        assertThat(loaded.email()).as("not a named column").isEqualTo("ann@x.io");
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(db.get(Member.class, stored.get(1).id())).isEqualTo(updated.get(1));
    }

    @Test
    void withoutColumnsEveryDataColumnIsWrittenAndClassVersionsGoUpInPlace(Database db) {
        List<Account> accounts = db.insertAll(List.of(Account.of("a@x.io", "Ann", "1.00"), Account.of("b@x.io", "Bob", null)));
        accounts.get(0).name = "Annie";
        accounts.get(1).balance = new java.math.BigDecimal("7.25");

        List<Account> updated = db.updateAll(accounts);

        assertThat(updated.get(0)).isSameAs(accounts.get(0));
        assertThat(accounts).extracting(account -> account.version).containsExactly(1L, 1L);
        assertThat(db.get(Account.class, accounts.get(0).id).name).isEqualTo("Annie");
        assertThat(db.get(Account.class, accounts.get(1).id).balance).isEqualByComparingTo("7.25");
        assertThat(db.get(Account.class, accounts.get(1).id).version).isEqualTo(1L);
    }

    @Test
    void oneStatementPerChunkOfFiveThousandRows(Database db, SqlCapture capture) {
        List<Member> stored = db.insertAll(IntStream.range(0, 10_001).mapToObj(index -> Member.named("user" + index))
                .toList());
        List<Member> edited = stored.stream().map(member -> member.withAge(18)).toList();

        List<CapturedStatement> sent = capture.during(() -> db.updateAll(edited, Member_.age));

        assertThat(sent).hasSize(3);
        assertThat(sent).allSatisfy(statement -> {
            assertThat(statement.sql()).startsWith("UPDATE \"member\" AS \"t0\" SET \"age\" = \"v\".\"age\"")
                    .contains("\"version\" = \"t0\".\"version\" + 1").contains("unnest(")
                    .contains("\"t0\".\"version\" = \"v\".\"version\"");
            assertThat(statement.params()).as("id, age, version").hasSize(3);
        });
        assertThat(sent).extracting(CapturedStatement::rowCount).containsExactly(5_000L, 5_000L, 1L);
        assertThat(db.from(Member.class).where(Member_.age.eq(18)).count()).isEqualTo(10_001);
    }

    @Test
    void aStaleRowRaisesOptimisticLockNamingItAndNothingOfTheBatchIsWritten(Database db, TestDatabase database) {
        List<Member> stored = db.insertAll(IntStream.range(0, 10_001).mapToObj(index -> Member.named("user" + index))
                .toList());
        database.execute("update member set version = version + 1 where username = 'user10000'");
        List<Member> edited = stored.stream().map(member -> member.withAge(99)).toList();

        assertThatThrownBy(() -> db.updateAll(edited, Member_.age))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("1 of 10001 Member rows were changed or deleted by someone else")
                .hasMessageContaining("row 10000: id=" + stored.get(10_000).id() + " at version 0");

        assertThat(db.from(Member.class).where(Member_.age.eq(99)).count()).as("earlier chunks rolled back").isZero();
    }

    @Test
    void aDeletedRowIsStaleToo(Database db, TestDatabase database) {
        List<Member> stored = db.insertAll(List.of(Member.named("ann"), Member.named("bob"), Member.named("cy")));
        database.execute("delete from member where username = 'bob'");

        assertThatThrownBy(() -> db.updateAll(stored.stream().map(member -> member.withAge(5)).toList(), Member_.age))
                .isInstanceOf(OptimisticLockException.class).hasMessageContaining("row 1: id=2");

        assertThat(db.from(Member.class).where(Member_.age.eq(5)).count()).isZero();
    }

    @Test
    void withoutAVersionAMissingRowRaisesNotFoundAndNothingIsWritten(Database db, TestDatabase database) {
        List<Ticket> stored = db.insertAll(List.of(new Ticket(null, "a", null), new Ticket(null, "b", null)));
        database.execute("delete from ticket where title = 'a'");
        List<Ticket> edited = stored.stream().map(ticket -> new Ticket(ticket.id(), ticket.title() + "!", "done")).toList();

        assertThatThrownBy(() -> db.updateAll(edited, Ticket_.title))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("1 of 2 Ticket rows no longer exist (row 0: id=" + stored.get(0).id() + ")");

        assertThat(db.get(Ticket.class, stored.get(1).id()).title()).isEqualTo("b");
    }

    @Test
    void theSameKeyTwiceOrANullKeyIsRefusedBeforeSql(Database db, SqlCapture capture) {
        Member ann = db.insert(Member.named("ann"));
        List<Member> twice = new ArrayList<>(List.of(ann, ann.withAge(3)));

        List<CapturedStatement> sent = capture.during(() -> {
            assertThatThrownBy(() -> db.updateAll(twice, Member_.age))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("rows 0 and 1 have the same key (id=" + ann.id() + ")");
            assertThatThrownBy(() -> db.updateAll(List.of(ann, Member.named("new")), Member_.age))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("row 1: Member.id is null");
            assertThatThrownBy(() -> db.updateAll(List.of(ann), Member_.id))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("cannot update key field id");
        });

        assertThat(sent).isEmpty();
    }

    @Test
    void updateOfOneEntityWritesOnlyTheNamedColumn(Database db) {
        Member ann = db.insert(Member.named("ann"));

        Member updated = db.update(ann.withEmail("new@x.io").withAge(99), Member_.email);

        assertThat(updated.version()).isEqualTo(1);
        Member loaded = db.get(Member.class, ann.id());
        assertThat(loaded.email()).isEqualTo("new@x.io");
        assertThat(loaded.age()).isEqualTo(30);
    }
}
