package dev.tusk.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Col;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code in} and {@code notIn}: a collection of any size is one array parameter, {@code = ANY(?)}. */
@TuskTest
class MembershipLookupTest {
    private static final int ROWS = 150_000;

    @BeforeAll
    static void items(TestDatabase database) {
        database.execute("create table qa_item (id integer primary key, label text);"
                + "insert into qa_item select n, 'item ' || n from generate_series(1, " + ROWS + ") n;");
    }

    @Test
    void inWithOneHundredThousandIdsIsOneParameterAndReturnsTheMatchingRows(Database db, SqlCapture capture) {
        List<Integer> evenIds = IntStream.rangeClosed(1, 100_000).map(n -> 2 * n).boxed().toList();

        List<CapturedStatement> sent = capture.during(() -> {
            List<Item> found = db.from(Item.class).where(Item_.id.in(evenIds)).orderBy(Item_.id.asc()).list();

            assertThat(found).hasSize(ROWS / 2);
            assertThat(found).allMatch(item -> item.id() % 2 == 0);
            assertThat(found.get(0)).isEqualTo(new Item(2, "item 2"));
            assertThat(found.get(found.size() - 1)).isEqualTo(new Item(ROWS, "item " + ROWS));
        });

        assertThat(sent).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).contains("= ANY(?)").doesNotContain("IN (");
            assertThat(statement.sql().chars().filter(character -> character == '?')).hasSize(1);
            assertThat(statement.params()).singleElement().satisfies(array ->
                    assertThat(array).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(100_000));
        });
    }

    @Test
    void notInWithOneHundredThousandIdsIsOneParameterAndKeepsTheOtherRows(Database db, SqlCapture capture) {
        List<Integer> multiplesOfThree = IntStream.rangeClosed(1, 100_000).map(n -> 3 * n).boxed().toList();

        List<CapturedStatement> sent = capture.during(() -> {
            assertThat(db.from(Item.class).where(Item_.id.notIn(multiplesOfThree)).count()).isEqualTo(ROWS - ROWS / 3);
            assertThat(db.from(Item.class).where(Item_.id.notIn(multiplesOfThree), Item_.id.lte(10)).list())
                    .extracting(Item::id).containsExactlyInAnyOrder(1, 2, 4, 5, 7, 8, 10);
        });

        assertThat(sent).hasSize(2).allSatisfy(statement -> assertThat(statement.params()).hasSize(statement == sent.get(0) ? 1 : 2));
        assertThat(sent.get(0).sql()).contains("NOT (").contains("= ANY(?)");
    }

    @Test
    void inWithAnEmptyCollectionMatchesNothingAndNotInEverything(Database db) {
        assertThat(db.from(Item.class).where(Item_.id.in(List.of())).count()).isZero();
        assertThat(db.from(Item.class).where(Item_.id.notIn(List.of())).count()).isEqualTo(ROWS);
    }

    @Test
    void inWithTextValues(Database db) {
        assertThat(db.from(Item.class).where(Item_.label.in(List.of("item 7", "item 70", "item 700", "no such item"))).list())
                .extracting(Item::id).containsExactlyInAnyOrder(7, 70, 700);
    }

    @Test
    void aNullElementIsRefusedBeforeSqlPointingToIsNull(Database db, SqlCapture capture) {
        // NOT (id = ANY('{3,NULL}')) is unknown for every other row: notIn would silently return nothing
        List<CapturedStatement> sent = capture.during(() -> {
            assertThatThrownBy(() -> db.from(Item.class).where(Item_.id.in(Arrays.asList(3, null, 5))).list())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("in(...)").hasMessageContaining("isNull()");
            assertThatThrownBy(() -> db.from(Item.class).where(Item_.id.notIn(Arrays.asList(3, null))).list())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("notIn(...)");
        });

        assertThat(sent).isEmpty();
    }

    @Test
    void duplicateValuesDoNotDuplicateRows(Database db) {
        List<Integer> repeated = new ArrayList<>();
        for (int copy = 0; copy < 1_000; copy++) {
            repeated.add(42);
        }
        assertThat(db.from(Item.class).where(Item_.id.in(repeated)).list()).extracting(Item::id).containsExactly(42);
    }

    @Test
    void inOnAComputedExpression(Database db) {
        assertThat(db.from(Item.class).where(Item_.label.upper().in(List.of("ITEM 7", "ITEM 77"))).list())
                .extracting(Item::id).containsExactlyInAnyOrder(7, 77);
        assertThat(db.from(Item.class).where(Item_.id.plus(1).in(List.of(2, 3)), Item_.id.lt(100)).list())
                .extracting(Item::id).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void inOnANamedColumn(Database db) {
        assertThat(db.from(Item.class).where(Col.of("label").in(List.of("item 9", "item 99"))).list())
                .extracting(Item::id).containsExactlyInAnyOrder(9, 99);
    }
}
