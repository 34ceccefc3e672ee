package dev.tusk.writes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tusk.Conflict;
import dev.tusk.Database;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A unique violation at the first, a middle or the last row of a bulk write (12,000 rows: three
 * statements) leaves the table as it was, and the error names the constraint and the row.
 */
@TuskTest
class BulkAtomicityTest {
    private static final int ROWS = 12_000;

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Member.DDL + Account.DDL);
    }

    @BeforeEach
    void oneTakenMember(TestDatabase database) {
        database.execute("truncate member, account restart identity;"
                + " insert into member (username, email, age, version) values ('taken', 'taken@x.io', 1, 0);"
                + " insert into account (email, name, version) values ('taken@x.io', 'Taken', 0);");
    }

    @ParameterizedTest(name = "row {0}")
    @ValueSource(ints = {0, ROWS / 2, ROWS - 1})
    void insertAllWritesNothingWhenAnyRowBreaksAUniqueConstraint(int badRow, Database db) {
        List<Member> before = everyMember(db);
        List<Member> batch = new ArrayList<>(members(0, ROWS));
        batch.set(badRow, batch.get(badRow).withEmail("taken@x.io"));

        ConstraintViolationException failure = catchThrowableOfType(ConstraintViolationException.class,
                () -> db.insertAll(batch));

        assertThat(failure.constraint()).isEqualTo("member_email_key");
        assertThat(failure.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
        assertThat(failure.rowIndex()).isEqualTo(badRow);
        assertThat(failure).hasMessageContaining("(row " + badRow + ")");
        assertThat(everyMember(db)).isEqualTo(before);
    }

    @ParameterizedTest(name = "row {0}")
    @ValueSource(ints = {0, ROWS / 2, ROWS - 1})
    void upsertAllWritesNothingWhenAnyRowBreaksAnotherUniqueConstraint(int badRow, Database db) {
        db.insertAll(members(0, 100));
        List<Member> before = everyMember(db);
        List<Member> batch = new ArrayList<>(members(0, ROWS).stream().map(member -> member.withAge(77)).toList());
        batch.set(badRow, batch.get(badRow).withUsername("taken"));

        ConstraintViolationException failure = catchThrowableOfType(ConstraintViolationException.class,
                () -> db.upsertAll(batch, Conflict.on(Member_.email)));

        assertThat(failure.constraint()).isEqualTo("member_username_key");
        assertThat(failure.rowIndex()).isEqualTo(badRow);
        assertThat(everyMember(db)).as("updated rows rolled back too").isEqualTo(before);
    }

    @ParameterizedTest(name = "row {0}")
    @ValueSource(ints = {0, ROWS / 2, ROWS - 1})
    void updateAllWritesNothingWhenAnyRowBreaksAUniqueConstraint(int badRow, Database db) {
        List<Member> stored = db.insertAll(members(0, ROWS));
        List<Member> before = everyMember(db);
        List<Member> edited = new ArrayList<>(stored.stream().map(member -> member.withAge(88)).toList());
        edited.set(badRow, edited.get(badRow).withUsername("taken"));

        ConstraintViolationException failure = catchThrowableOfType(ConstraintViolationException.class,
                () -> db.updateAll(edited, Member_.age, Member_.username));

        assertThat(failure.constraint()).isEqualTo("member_username_key");
        assertThat(failure.rowIndex()).isEqualTo(badRow);
        assertThat(everyMember(db)).isEqualTo(before);
    }

    @Test
    void aKeyRepeatedInsideOneChunkNamesEveryRowThatHoldsIt(Database db) {
        List<Member> batch = new ArrayList<>(members(0, 10));
        batch.set(7, batch.get(7).withEmail("user3@x.io"));

        ConstraintViolationException failure = catchThrowableOfType(ConstraintViolationException.class,
                () -> db.insertAll(batch));

        assertThat(failure.constraint()).isEqualTo("member_email_key");
        assertThat(failure.rowIndex()).as("the first row with the key; the message names both").isEqualTo(3);
        assertThat(failure).hasMessageContaining("rows 3, 7 hold this key");
        assertThat(db.from(Member.class).count()).isEqualTo(1);
    }

    @Test
    void aKeyRepeatedInALaterChunkNamesTheRowOfThatChunk(Database db) {
        List<Member> batch = new ArrayList<>(members(0, ROWS));
        batch.set(ROWS - 1, batch.get(ROWS - 1).withEmail("user0@x.io"));

        ConstraintViolationException failure = catchThrowableOfType(ConstraintViolationException.class,
                () -> db.insertAll(batch));

        assertThat(failure.rowIndex()).as("row 0 went in with the first chunk").isEqualTo(ROWS - 1);
        assertThat(db.from(Member.class).count()).isEqualTo(1);
    }

    @Test
    void classEntitiesAreAllOrNothingToo(Database db) {
        List<Account> batch = IntStream.range(0, ROWS).mapToObj(index -> Account.of("a" + index + "@x.io", "A", null))
                .toList();
        batch.get(ROWS / 2).email = "taken@x.io";

        ConstraintViolationException failure = catchThrowableOfType(ConstraintViolationException.class,
                () -> db.insertAll(batch));

        assertThat(failure.constraint()).isEqualTo("account_email_key");
        assertThat(failure.rowIndex()).isEqualTo(ROWS / 2);
        assertThat(db.from(Account.class).count()).isEqualTo(1);
        assertThat(batch).as("no instance was filled by the rolled-back insert").allMatch(account -> account.id == null);

        List<Account> upserts = IntStream.range(0, ROWS).mapToObj(index -> Account.of("a" + index + "@x.io", null, null))
                .toList();
        ConstraintViolationException notNull = catchThrowableOfType(ConstraintViolationException.class,
                () -> db.upsertAll(upserts, Conflict.on(Account_.email)));
        assertThat(notNull.kind()).isEqualTo(ConstraintViolationException.Kind.NOT_NULL);
        assertThat(db.from(Account.class).count()).isEqualTo(1);
        assertThat(upserts).allMatch(account -> account.id == null && account.createdAt == null);
    }

    private static List<Member> members(int from, int to) {
        return IntStream.range(from, to).mapToObj(index -> Member.named("user" + index)).toList();
    }

    private static List<Member> everyMember(Database db) {
        return db.from(Member.class).orderBy(Member_.id.asc()).list();
    }
}
