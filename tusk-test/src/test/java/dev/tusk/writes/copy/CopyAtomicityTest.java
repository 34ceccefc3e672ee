package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A COPY stores all its rows or none: whichever row fails, and however it fails, the table is as before. */
@TuskTest
class CopyAtomicityTest {
    static final int ROWS = 1000;

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table copy_item (id bigserial primary key, name text not null, quantity integer not null,
                    price numeric(12,2), created_at timestamptz not null default now(),
                    constraint copy_item_name_key unique (name));
                create table copy_note (id bigserial primary key, ref uuid not null, body text, day date,
                    tags text[], mood text, status text not null default 'draft',
                    constraint copy_note_body_key unique (body));
                """);
    }

    @BeforeEach
    void oneExistingRowEach(TestDatabase database) {
        database.execute("""
                truncate copy_item, copy_note;
                insert into copy_item (name, quantity) values ('taken', 1);
                insert into copy_note (ref, body) values (gen_random_uuid(), 'taken');
                """);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, ROWS / 2, ROWS - 1})
    void uniqueViolationAtAnyRowOfRecordsStoresNothingAndNamesTheConstraint(int failing, Database db) {
        List<CopyItem> rows = IntStream.range(0, ROWS)
                .mapToObj(index -> CopyItem.of(index == failing ? "taken" : "item-" + index, index)).toList();

        assertThatThrownBy(() -> db.copy(CopyItem.class, rows))
                .isInstanceOfSatisfying(ConstraintViolationException.class, violation -> {
                    assertThat(violation.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
                    assertThat(violation.constraint()).isEqualTo("copy_item_name_key");
                    assertThat(violation.rowIndex()).isEqualTo(failing);
                })
                .hasMessageContaining("copy_item_name_key")
                .hasMessageContaining("(row " + failing + ")");
        assertThat(db.sql("select name from copy_item").list(String.class)).containsExactly("taken");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, ROWS / 2, ROWS - 1})
    void uniqueViolationAtAnyRowOfClassesStoresNothingAndNamesTheConstraint(int failing, Database db) {
        List<CopyNote> rows = IntStream.range(0, ROWS).mapToObj(index -> new CopyNote(
                index == failing ? "taken" : "note-" + index, LocalDate.of(2024, 5, 1), List.of(), Mood.HAPPY)).toList();

        assertThatThrownBy(() -> db.copy(CopyNote.class, rows))
                .isInstanceOfSatisfying(ConstraintViolationException.class, violation -> {
                    assertThat(violation.constraint()).isEqualTo("copy_note_body_key");
                    assertThat(violation.rowIndex()).isEqualTo(failing);
                });
        assertThat(db.sql("select body from copy_note").list(String.class)).containsExactly("taken");
    }

    @Test
    void duplicateWithinTheCopyNamesTheSecondRow(Database db) {
        List<CopyItem> rows = new ArrayList<>();
        for (int index = 0; index < ROWS; index++) {
            rows.add(CopyItem.of(index == 700 ? "item-10" : "item-" + index, index));
        }

        assertThatThrownBy(() -> db.copy(CopyItem.class, rows))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        violation -> assertThat(violation.rowIndex()).isEqualTo(700));
        assertThat(db.sql("select count(*) from copy_item").one(Long.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, ROWS / 2, ROWS - 1})
    void invalidClassRowAtAnyPositionStoresNothing(int failing, Database db) {
        List<CopyNote> rows = IntStream.range(0, ROWS).mapToObj(index -> new CopyNote(
                index == failing ? "bad \u0000 body" : "note-" + index, null, null, null)).toList();

        assertThatThrownBy(() -> db.copy(CopyNote.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row " + failing + ": CopyNote is not valid: body: text contains a NUL");
        assertThat(db.sql("select count(*) from copy_note").one(Long.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, ROWS / 2, ROWS - 1})
    void nullRowAtAnyPositionStoresNothing(int failing, Database db) {
        List<CopyItem> rows = new ArrayList<>();
        for (int index = 0; index < ROWS; index++) {
            rows.add(index == failing ? null : CopyItem.of("item-" + index, index));
        }

        assertThatThrownBy(() -> db.copy(CopyItem.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row " + failing + " is null");
        assertThat(db.sql("select count(*) from copy_item").one(Long.class)).isEqualTo(1);
    }

    @Test
    void failingSourceStopsTheCopyAndItsExceptionComesThrough(Database db) {
        IllegalStateException broken = new IllegalStateException("source broke");
        Stream<CopyItem> rows = IntStream.range(0, ROWS).mapToObj(index -> {
            if (index == ROWS / 2) {
                throw broken;
            }
            return CopyItem.of("item-" + index, index);
        });

        assertThatThrownBy(() -> db.copy(CopyItem.class, rows)).isSameAs(broken);
        assertThat(db.sql("select count(*) from copy_item").one(Long.class)).isEqualTo(1);
    }

    @Test
    void connectionIsUsableAfterACancelledCopy(Database db) {
        Iterator<CopyItem> bad = List.of(CopyItem.of("fine", 1), CopyItem.of("nul \u0000", 2)).iterator();
        assertThatThrownBy(() -> db.copy(CopyItem.class, bad)).isInstanceOf(ValidationException.class);

        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(db.copy(CopyItem.class, List.of(CopyItem.of("after-" + attempt, attempt)))).isEqualTo(1);
        }
        assertThat(db.sql("select count(*) from copy_item").one(Long.class)).isEqualTo(7);
    }
}
