package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Condition;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** jsonb lookups: key tests, containment and path extraction, with keys and documents always bound. */
@TuskTest
class JsonLookupTest {

    /** A record as a containment document. */
    record Colour(String color) {}

    @BeforeAll
    static void gadgets(TestDatabase database) {
        GadgetFixture.create(database);
    }

    @Test
    void hasKeyTestsTopLevelKeysOnly(Database db) {
        assertThat(names(db, Gadget_.specs.hasKey("color"))).containsExactly("drill", "glue", "saw");
        assertThat(names(db, Gadget_.specs.hasKey("brand"))).containsExactly("glue");
        assertThat(names(db, Gadget_.specs.hasKey("unit"))).as("nested keys do not count").isEmpty();
    }

    @Test
    void hasAnyKeyNeedsOneOfTheKeys(Database db) {
        assertThat(names(db, Gadget_.specs.hasAnyKey("brand", "tags", "missing"))).containsExactly("drill", "glue");
    }

    @Test
    void hasAllKeysNeedsEveryKey(Database db) {
        assertThat(names(db, Gadget_.specs.hasAllKeys("color", "dims"))).containsExactly("drill", "saw");
        assertThat(names(db, Gadget_.specs.hasAllKeys("color", "dims", "tags"))).containsExactly("drill");
    }

    @Test
    void keyTestsWithAQuestionMarkInTheKey(Database db) {
        // the ? operators are written ?? for pgjdbc; a ? inside a key is a bound value and must stay one
        assertThat(names(db, Gadget_.specs.hasKey("a?b"))).containsExactly("weird");
        assertThat(names(db, Gadget_.specs.hasAllKeys("a?b", "dims"))).containsExactly("weird");
    }

    @Test
    void containsMatchesSubdocumentsAtAnyDepth(Database db) {
        assertThat(names(db, Gadget_.specs.contains(Map.of("color", "red")))).containsExactly("drill", "glue");
        assertThat(names(db, Gadget_.specs.contains(Map.of("dims", Map.of("unit", "cm"))))).containsExactly("drill", "weird");
        assertThat(names(db, Gadget_.specs.contains(Map.of("tags", List.of("power"))))).containsExactly("drill");
    }

    @Test
    void containsTakesARecordAsTheDocument(Database db) {
        assertThat(names(db, Gadget_.specs.contains(new Colour("blue")))).containsExactly("saw");
    }

    @Test
    void containedByKeepsDocumentsInsideTheGivenOne(Database db) {
        Map<String, Object> superset = Map.of("color", "red", "brand", "Stik", "weight", 3);

        assertThat(names(db, Gadget_.specs.containedBy(superset))).containsExactly("glue");
    }

    @Test
    void pathTextExtractsNestedValuesAsText(Database db) {
        assertThat(names(db, Gadget_.specs.pathText("dims", "unit").eq("cm"))).containsExactly("drill", "weird");
        assertThat(names(db, Gadget_.specs.pathText("dims", "w").eq("25"))).containsExactly("saw");
        assertThat(names(db, Gadget_.specs.pathText("color").startsWith("bl"))).containsExactly("saw");
        assertThat(names(db, Gadget_.specs.pathText("tags", "1").eq("power"))).as("array index").containsExactly("drill");
        assertThat(names(db, Gadget_.specs.pathText("color").in(List.of("red", "green")))).containsExactly("drill", "glue");
        assertThat(names(db, Gadget_.specs.pathText("color").matches("red"))).containsExactly("drill", "glue");
    }

    @Test
    void pathExtractsJsonForNullTests(Database db) {
        assertThat(names(db, Gadget_.specs.path("dims", "w").isNotNull())).containsExactly("drill", "saw");
        assertThat(names(db, Gadget_.specs.path("brand").isNull())).containsExactly("blank", "drill", "saw", "weird");
    }

    @Test
    void aKeyHoldingSqlIsOnlyAKey(Database db, SqlCapture capture) {
        var sent = capture.during(() -> {
            assertThat(names(db, Gadget_.specs.hasKey(GadgetFixture.HOSTILE_KEY))).containsExactly("weird");
            assertThat(names(db, Gadget_.specs.pathText(GadgetFixture.HOSTILE_KEY).eq("gotcha"))).containsExactly("weird");
            assertThat(names(db, Gadget_.specs.pathText("dims", GadgetFixture.HOSTILE_KEY).eq("deep"))).containsExactly("weird");
            assertThat(names(db, Gadget_.specs.hasAnyKey(GadgetFixture.HOSTILE_KEY, "x"))).containsExactly("weird");
        });

        assertThat(sent).hasSize(4).allSatisfy(statement -> assertThat(statement.sql()).doesNotContain("drop table"));
        assertThat(sent.get(1).params()).contains(List.of(GadgetFixture.HOSTILE_KEY));
        assertThat(db.from(Gadget.class).count()).isEqualTo(5);
    }

    @Test
    void missingKeysAndDocumentsAreRefusedBeforeSql(Database db, SqlCapture capture) {
        var sent = capture.during(() -> {
            assertThatThrownBy(() -> Gadget_.specs.hasAnyKey()).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> Gadget_.specs.hasKey(null)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> Gadget_.specs.contains(null)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> Gadget_.specs.pathText("dims", null)).isInstanceOf(ValidationException.class);
        });

        assertThat(sent).isEmpty();
    }

    private static List<String> names(Database db, Condition condition) {
        return db.from(Gadget.class).where(condition).list().stream().map(Gadget::name).sorted().toList();
    }
}
