package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code whereExample(probe)}: each non-null field of the probe becomes an equality. */
@TuskTest
class QueryByExampleTest {

    @BeforeAll
    static void gadgets(TestDatabase database) {
        GadgetFixture.create(database);
    }

    @Test
    void everySetFieldMustMatch(Database db) {
        Gadget probe = new Gadget(null, "glue", GadgetFixture.GLUE, null, null, null, null, 12);

        assertThat(names(db, probe)).containsExactly("glue");
        assertThat(names(db, new Gadget(null, "glue", GadgetFixture.SAW, null, null, null, null, 0))).isEmpty();
    }

    @Test
    void nullFieldsAreLeftOut(Database db) {
        assertThat(names(db, new Gadget(null, null, null, true, null, null, null, 0))).containsExactly("drill", "weird");
        assertThat(names(db, new Gadget(null, null, null, false, null, null, null, 0))).containsExactly("saw");
    }

    @Test
    void aPrimitiveAtZeroIsLeftOutAndOtherwiseCompared(Database db) {
        assertThat(names(db, new Gadget(null, null, null, true, null, null, null, 0))).containsExactly("drill", "weird");
        assertThat(names(db, new Gadget(null, null, null, true, null, null, null, 5))).containsExactly("drill");
    }

    @Test
    void jsonAndDateFieldsCompareByValue(Database db) {
        Gadget byJson = new Gadget(null, null, null, null, null, null, Map.of("brand", "Stik", "color", "red"), 0);
        Gadget byDate = new Gadget(null, null, null, null, java.time.LocalDate.of(2023, 6, 30), null, null, 0);

        assertThat(names(db, byJson)).containsExactly("glue");
        assertThat(names(db, byDate)).containsExactly("saw");
    }

    @Test
    void theKeyCountsWhenSet(Database db) {
        long sawId = db.from(Gadget.class).where(Gadget_.name.eq("saw")).one().id();

        assertThat(names(db, new Gadget(sawId, null, null, null, null, null, null, 0))).containsExactly("saw");
        assertThat(names(db, new Gadget(sawId, "drill", null, null, null, null, null, 0))).isEmpty();
    }

    @Test
    void anEmptyProbeAddsNoCondition(Database db) {
        assertThat(names(db, new Gadget(null, null, null, null, null, null, null, 0))).hasSize(5);
    }

    @Test
    void combinesWithOtherFilters(Database db) {
        assertThat(db.from(Gadget.class).where(Gadget_.stock.gt(0)).whereExample(
                new Gadget(null, null, null, true, null, null, null, 0)).list())
                .extracting(Gadget::name).containsExactlyInAnyOrder("drill", "weird");
    }

    @Test
    void aNullProbeIsRefusedBeforeSql(Database db, SqlCapture capture) {
        var sent = capture.during(() -> assertThatThrownBy(() -> db.from(Gadget.class).whereExample(null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("whereExample"));

        assertThat(sent).isEmpty();
    }

    @Test
    void theProbeValuesAreBound(Database db, SqlCapture capture) {
        var sent = capture.during(() -> assertThat(names(db,
                new Gadget(null, "x' or '1'='1", null, null, null, null, null, 0))).isEmpty());

        assertThat(sent).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).doesNotContain("'1'");
            assertThat(statement.params()).containsExactly("x' or '1'='1");
        });
    }

    private static List<String> names(Database db, Gadget probe) {
        return db.from(Gadget.class).whereExample(probe).list().stream().map(Gadget::name).sorted().toList();
    }
}
