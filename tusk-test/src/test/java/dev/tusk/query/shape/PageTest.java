package dev.tusk.query.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Page;
import dev.tusk.query.Query;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code page(number, size)}: the rows of one page and everything a pager needs to draw itself. */
@TuskTest
class PageTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute(GadgetFixture.SCHEMA);
    }

    @Test
    void firstPageHasTheFirstRowsAndTheTotals(Database db) {
        Page<Gadget> page = byId(db).page(1, 3);

        assertThat(page.items()).extracting(Gadget::id).containsExactly(1L, 2L, 3L);
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(3);
        assertThat(page.totalCount()).isEqualTo(7);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.nextNumber()).isEqualTo(OptionalInt.of(2));
        assertThat(page.previousNumber()).isEmpty();
        assertThat(page.startIndex()).isEqualTo(1);
        assertThat(page.endIndex()).isEqualTo(3);
    }

    @Test
    void middlePageHasBothNeighbours(Database db) {
        Page<Gadget> page = byId(db).page(2, 3);

        assertThat(page.items()).extracting(Gadget::id).containsExactly(4L, 5L, 6L);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.nextNumber()).hasValue(3);
        assertThat(page.previousNumber()).hasValue(1);
        assertThat(page.startIndex()).isEqualTo(4);
        assertThat(page.endIndex()).isEqualTo(6);
    }

    @Test
    void lastPageMayBeShortAndHasNoNext(Database db) {
        Page<Gadget> page = byId(db).page(3, 3);

        assertThat(page.items()).extracting(Gadget::id).containsExactly(7L);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.nextNumber()).isEmpty();
        assertThat(page.previousNumber()).hasValue(2);
        assertThat(page.startIndex()).isEqualTo(7);
        assertThat(page.endIndex()).isEqualTo(7);
    }

    @Test
    void pageBeyondTheEndIsEmptyAndPointsBackToTheLastPage(Database db) {
        Page<Gadget> page = byId(db).page(5, 3);

        assertThat(page.items()).isEmpty();
        assertThat(page.number()).isEqualTo(5);
        assertThat(page.totalCount()).isEqualTo(7);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.previousNumber()).hasValue(3);
        assertThat(page.startIndex()).isZero();
        assertThat(page.endIndex()).isZero();
    }

    @Test
    void pageOfAnEmptyResultHasNoPages(Database db) {
        Page<Gadget> page = db.from(Gadget.class).where(Gadget_.stock.lt(0)).page(1, 3);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isZero();
        assertThat(page.totalPages()).isZero();
        assertThat(page.hasNext()).isFalse();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.startIndex()).isZero();
    }

    @Test
    void exactlyFullPagesLeaveNoEmptyPageAtTheEnd(Database db) {
        Page<Gadget> page = byId(db).where(Gadget_.id.lte(6L)).page(2, 3);

        assertThat(page.items()).extracting(Gadget::id).containsExactly(4L, 5L, 6L);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void pageCountsAndReadsOnlyTheFilteredRowsInTheQueryOrder(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> {
            Page<Gadget> page = db.from(Gadget.class).where(Gadget_.kind.ne(GadgetKind.TOOL))
                    .orderBy(Gadget_.name.desc()).page(2, 2);

            assertThat(page.items()).extracting(Gadget::name).containsExactly("easel", "drum");
            assertThat(page.totalCount()).isEqualTo(5);
            assertThat(page.totalPages()).isEqualTo(3);
        });

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).sql()).startsWith("SELECT count(*)").doesNotContain("ORDER BY");
    }

    @Test
    void pageZeroOrSizeZeroIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> {
            assertThatThrownBy(() -> byId(db).page(0, 3)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("page numbers start at 1, got 0");
            assertThatThrownBy(() -> byId(db).page(1, 0)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("page size must be at least 1, got 0");
            assertThatThrownBy(() -> byId(db).page(-1, -1)).isInstanceOf(ValidationException.class);
        });

        assertThat(sent).isEmpty();
    }

    @Test
    void walkingNextNumbersVisitsEveryRowOnce(Database db) {
        Query<Gadget> query = db.from(Gadget.class).orderBy(Gadget_.price.asc().nullsFirst(), Gadget_.id.asc());
        List<Long> seen = new java.util.ArrayList<>();
        OptionalInt next = OptionalInt.of(1);
        while (next.isPresent()) {
            Page<Gadget> page = query.page(next.getAsInt(), 2);
            page.items().forEach(gadget -> seen.add(gadget.id()));
            next = page.nextNumber();
        }

        assertThat(seen).containsExactly(5L, 2L, 3L, 7L, 6L, 1L, 4L);
    }

    private static Query<Gadget> byId(Database db) {
        return db.from(Gadget.class).orderBy(Gadget_.id.asc());
    }
}
