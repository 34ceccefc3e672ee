package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which columns a COPY names: the first row decides for @Generated and @Default fields, later rows must agree. */
@TuskTest
class CopyColumnsTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create type copy_mood as enum ('HAPPY', 'so-so', 'GRUMPY');
                create table copy_item (id bigserial primary key, name text not null, quantity integer not null,
                    price numeric(12,2), created_at timestamptz not null default now());
                create table copy_note (id bigserial primary key, ref uuid not null, body text, day date,
                    tags text[], mood copy_mood, status text not null default 'draft');
                create table copy_text (id integer primary key, body text);
                """);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate copy_item, copy_note restart identity");
    }

    @Test
    void unsetGeneratedAndDefaultFieldsAreLeftToTheDatabase(Database db, SqlCapture capture) {
        List<CopyItem> rows = List.of(CopyItem.of("a", 1), CopyItem.of("b", 2), CopyItem.of("c", 3));

        List<CapturedStatement> sent = capture.during(() -> db.copy(CopyItem.class, rows));

        assertThat(sent).last().satisfies(copy -> assertThat(copy.sql())
                .isEqualTo("COPY \"copy_item\" (\"name\", \"quantity\", \"price\") FROM STDIN (FORMAT binary)"));
        assertThat(db.sql("select id from copy_item order by id").list(Long.class)).containsExactly(1L, 2L, 3L);
        assertThat(db.sql("select count(*) from copy_item where created_at > now() - interval '1 minute'")
                .one(Long.class)).isEqualTo(3);
        assertThat(rows).extracting(CopyItem::id).as("generated values do not come back").containsOnlyNulls();
    }

    @Test
    void valuesSetInTheFirstRowAreSentForEveryRow(Database db, SqlCapture capture) {
        OffsetDateTime made = OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        List<CopyItem> rows = List.of(new CopyItem(100L, "a", 1, BigDecimal.ONE, made),
                new CopyItem(200L, "b", 2, null, made));

        List<CapturedStatement> sent = capture.during(() -> db.copy(CopyItem.class, rows));

        assertThat(sent).last().satisfies(copy -> assertThat(copy.sql()).isEqualTo("COPY \"copy_item\" (\"id\", \"name\","
                + " \"quantity\", \"price\", \"created_at\") FROM STDIN (FORMAT binary)"));
        assertThat(db.sql("select * from copy_item order by id").list(CopyItem.class)).containsExactly(
                new CopyItem(100L, "a", 1, new BigDecimal("1.00"), made), new CopyItem(200L, "b", 2, null, made));
    }

    @Test
    void laterRowSettingWhatTheFirstLeftUnsetIsRefused(Database db) {
        List<CopyItem> rows = List.of(CopyItem.of("a", 1), CopyItem.of("b", 2),
                new CopyItem(7L, "c", 3, null, null));

        assertThatThrownBy(() -> db.copy(CopyItem.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 2: CopyItem.id is set but was unset in row 0")
                .hasMessageContaining("set id in every row or in none");
        assertThat(db.sql("select count(*) from copy_item").one(Long.class)).isZero();
    }

    @Test
    void laterRowLeavingUnsetWhatTheFirstSetIsRefused(Database db) {
        OffsetDateTime made = OffsetDateTime.now(ZoneOffset.UTC);
        List<CopyItem> rows = List.of(new CopyItem(null, "a", 1, null, made), CopyItem.of("b", 2));

        assertThatThrownBy(() -> db.copy(CopyItem.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 1: CopyItem.createdAt is unset but was set in row 0");
        assertThat(db.sql("select count(*) from copy_item").one(Long.class)).isZero();
    }

    @Test
    void classRowsGetFactoryValuesPerRowAndDatabaseDefaults(Database db) {
        List<CopyNote> notes = List.of(new CopyNote("x", LocalDate.of(2024, 1, 1), List.of("a"), Mood.SO_SO),
                new CopyNote("y", null, null, null));

        db.copy(CopyNote.class, notes);

        assertThat(db.sql("select count(distinct ref) from copy_note").one(Long.class)).isEqualTo(2);
        assertThat(db.sql("select status from copy_note").list(String.class)).containsOnly("draft");
        assertThat(db.sql("select mood::text from copy_note where body = 'x'").one(String.class)).isEqualTo("so-so");
        assertThat(notes).allSatisfy(note -> {
            assertThat(note.id).as("generated values do not come back").isNull();
            assertThat(note.ref).as("the caller's object is not changed").isNull();
        });
    }

    @Test
    void tableColumnTypesAreReadOncePerEntity(Database db, SqlCapture capture) {
        List<CapturedStatement> first = capture.during(() -> db.copy(TextRow.class, List.of(new TextRow(1, "a"))));
        List<CapturedStatement> second = capture.during(() -> db.copy(TextRow.class, List.of(new TextRow(2, "b"))));

        assertThat(first).hasSize(2);
        assertThat(first.get(0).sql()).contains("pg_catalog.pg_attribute");
        assertThat(second).singleElement().satisfies(copy -> assertThat(copy.sql())
                .isEqualTo("COPY \"copy_text\" (\"id\", \"body\") FROM STDIN (FORMAT binary)"));
    }
}
