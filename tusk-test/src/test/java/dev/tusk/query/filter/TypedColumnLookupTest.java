package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.query.Condition;
import dev.tusk.query.Query;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** uuid, nullable boolean, date and timestamptz columns. */
@TuskTest
class TypedColumnLookupTest {

    @BeforeAll
    static void gadgets(TestDatabase database) {
        GadgetFixture.create(database);
    }

    @Test
    void uuidEqualityAndMembership(Database db) {
        assertThat(names(db, Gadget_.serial.eq(GadgetFixture.SAW))).containsExactly("saw");
        assertThat(names(db, Gadget_.serial.in(List.of(GadgetFixture.DRILL, GadgetFixture.GLUE, UUID.randomUUID()))))
                .containsExactly("drill", "glue");
        assertThat(names(db, Gadget_.serial.ne(GadgetFixture.SAW))).containsExactly("drill", "glue", "weird");
        assertThat(names(db, Gadget_.serial.notIn(List.of(GadgetFixture.SAW, GadgetFixture.WEIRD)))).containsExactly("drill", "glue");
        assertThat(names(db, Gadget_.serial.isNull())).containsExactly("blank");
    }

    @Test
    void isTrueAndIsFalseLeaveNullOut(Database db) {
        assertThat(names(db, Gadget_.active.isTrue())).containsExactly("drill", "weird");
        assertThat(names(db, Gadget_.active.isFalse())).containsExactly("saw");
        assertThat(names(db, Gadget_.active.isNull())).containsExactly("blank", "glue");
    }

    @Test
    void booleanEqualityMatchesTheValue(Database db) {
        assertThat(names(db, Gadget_.active.eq(true))).containsExactly("drill", "weird");
        assertThat(names(db, Gadget_.active.eq(false))).containsExactly("saw");
    }

    @Test
    void whereNotIsTrueKeepsFalseAndNull(Database db) {
        assertThat(names(db.from(Gadget.class).whereNot(Gadget_.active.isTrue()))).containsExactly("blank", "glue", "saw");
    }

    @Test
    void dateComparisons(Database db) {
        LocalDate newYear = LocalDate.of(2024, 1, 1);

        assertThat(names(db, Gadget_.released.lt(newYear))).containsExactly("blank", "saw");
        assertThat(names(db, Gadget_.released.gte(newYear))).containsExactly("drill", "weird");
        assertThat(names(db, Gadget_.released.between(LocalDate.of(2024, 1, 15), LocalDate.of(2025, 2, 28))))
                .as("both ends included").containsExactly("drill", "weird");
        assertThat(names(db, Gadget_.released.eq(LocalDate.of(2023, 6, 30)))).containsExactly("saw");
        assertThat(names(db, Gadget_.released.isNull())).containsExactly("glue");
        assertThat(names(db, Gadget_.released.in(List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2020, 1, 1)))))
                .containsExactly("blank", "saw");
    }

    @Test
    void whereNotLeavesOutRowsWhereTheConditionIsUnknown(Database db) {
        // glue has no release date: NOT (NULL < date) is NULL, as in SQL
        assertThat(names(db.from(Gadget.class).whereNot(Gadget_.released.lt(LocalDate.of(2024, 1, 1)))))
                .containsExactly("drill", "weird");
    }

    @Test
    void timestamptzComparesInstantsWhateverTheOffset(Database db) {
        // drill was checked at 10:00Z, saw at 12:00+02: the same instant
        OffsetDateTime tenUtc = OffsetDateTime.parse("2024-03-01T10:00:00Z");

        assertThat(names(db, Gadget_.checkedAt.eq(tenUtc))).containsExactly("drill", "saw");
        assertThat(names(db, Gadget_.checkedAt.eq(OffsetDateTime.parse("2024-03-01T05:30:00-04:30"))))
                .containsExactly("drill", "saw");
        assertThat(names(db, Gadget_.checkedAt.gt(tenUtc))).containsExactly("weird");
        assertThat(names(db, Gadget_.checkedAt.lte(tenUtc.minusNanos(1000)))).isEmpty();
        assertThat(names(db, Gadget_.checkedAt.in(List.of(tenUtc)))).containsExactly("drill", "saw");
    }

    private static List<String> names(Database db, Condition condition) {
        return names(db.from(Gadget.class).where(condition));
    }

    private static List<String> names(Query<Gadget> query) {
        return query.list().stream().map(Gadget::name).sorted().toList();
    }
}
