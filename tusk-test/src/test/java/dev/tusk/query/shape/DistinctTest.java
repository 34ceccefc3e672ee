package dev.tusk.query.shape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.mapping.Row;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code distinct()} and {@code distinctOn(...)}: duplicate rows removed, the first row of each group kept. */
@TuskTest
class DistinctTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute(GadgetFixture.SCHEMA);
    }

    @Test
    void distinctRemovesDuplicateRowsOfTheSelection(Database db) {
        List<Row> all = db.from(Gadget.class).values(Gadget_.price.as("price"));
        List<Row> distinct = db.from(Gadget.class).distinct().orderBy(Gadget_.price.asc())
                .values(Gadget_.price.as("price"));

        assertThat(all).hasSize(7);
        // 2.00 twice becomes once; NULL is one value for DISTINCT and sorts last
        assertThat(distinct).extracting(row -> row.getBigDecimal("price")).containsExactly(new BigDecimal("0.50"),
                new BigDecimal("2.00"), new BigDecimal("8.00"), new BigDecimal("10.00"), new BigDecimal("15.00"), null);
    }

    @Test
    void distinctOverSeveralColumnsKeepsEachCombinationOnce(Database db) {
        List<Row> rows = db.from(Gadget.class).distinct().orderBy(Gadget_.kind.asc(), Gadget_.price.asc())
                .where(Gadget_.kind.ne(GadgetKind.TOY))
                .values(Gadget_.kind.as("kind"), Gadget_.price.as("price"));

        assertThat(rows).extracting(row -> row.getString("kind") + " " + row.getBigDecimal("price"))
                .containsExactly("tool 0.50", "tool 10.00", "gizmo 2.00");
    }

    @Test
    void distinctOnKeepsTheFirstRowOfEachGroupInOrderByOrder(Database db) {
        List<Gadget> priciest = db.from(Gadget.class)
                .distinctOn(Gadget_.kind)
                .orderBy(Gadget_.kind.asc(), Gadget_.price.desc().nullsLast(), Gadget_.name.asc())
                .list();

        assertThat(priciest).extracting(Gadget::name).containsExactly("anvil", "drum", "cog");
    }

    @Test
    void distinctOnWithAnotherOrderKeepsOtherRows(Database db) {
        List<Gadget> cheapest = db.from(Gadget.class)
                .distinctOn(Gadget_.kind)
                .orderBy(Gadget_.kind.asc(), Gadget_.price.asc(), Gadget_.name.desc())
                .list();

        assertThat(cheapest).extracting(Gadget::name).containsExactly("bolt", "flute", "gear");
    }

    @Test
    void distinctOnSeveralExpressionsGroupsByAllOfThem(Database db) {
        List<Gadget> rows = db.from(Gadget.class)
                .distinctOn(Gadget_.kind, Gadget_.price)
                .orderBy(Gadget_.kind.asc(), Gadget_.price.asc(), Gadget_.id.desc())
                .list();

        // only (gizmo, 2.00) is shared, by cog (3) and gear (7): the higher id wins
        assertThat(rows).extracting(Gadget::id).containsExactly(2L, 1L, 6L, 4L, 5L, 7L);
    }

    @Test
    void distinctOnAppliesFiltersBeforeChoosing(Database db) {
        List<Gadget> rows = db.from(Gadget.class)
                .where(Gadget_.stock.gt(4))
                .distinctOn(Gadget_.kind)
                .orderBy(Gadget_.kind.asc(), Gadget_.stock.asc())
                .list();

        assertThat(rows).extracting(Gadget::name).containsExactly("anvil", "drum", "gear");
        assertThat(rows).extracting(Gadget::stock).containsExactly(5, 7, 12);
    }
}
