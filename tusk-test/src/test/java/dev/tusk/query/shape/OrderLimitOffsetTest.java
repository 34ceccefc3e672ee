package dev.tusk.query.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code orderBy} with directions and NULL placement, {@code limit} and {@code offset}, checked on the rows. */
@TuskTest
class OrderLimitOffsetTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute(GadgetFixture.SCHEMA);
    }

    @Test
    void ascendingOrderPutsNullsLastByDefault(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.rank.asc(), Gadget_.id.asc()).list();

        assertThat(ids(rows)).containsExactly(3L, 5L, 1L, 7L, 6L, 2L, 4L);
    }

    @Test
    void ascendingOrderWithNullsFirstPutsNullRanksAhead(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.rank.asc().nullsFirst(), Gadget_.id.asc()).list();

        assertThat(ids(rows)).containsExactly(2L, 4L, 3L, 5L, 1L, 7L, 6L);
    }

    @Test
    void descendingOrderPutsNullsFirstByDefault(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.rank.desc(), Gadget_.id.asc()).list();

        assertThat(ids(rows)).containsExactly(2L, 4L, 6L, 7L, 1L, 5L, 3L);
    }

    @Test
    void descendingOrderWithNullsLastPutsNullRanksBehind(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.rank.desc().nullsLast(), Gadget_.id.asc()).list();

        assertThat(ids(rows)).containsExactly(6L, 7L, 1L, 5L, 3L, 2L, 4L);
    }

    @Test
    void laterOrderItemsBreakTiesAndEnumsSortInLabelOrder(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.kind.asc(), Gadget_.name.desc()).list();

        // gadget_kind sorts tool < toy < gizmo (declaration order), names descending inside each kind
        assertThat(rows).extracting(Gadget::name)
                .containsExactly("bolt", "anvil", "flute", "easel", "drum", "gear", "cog");
    }

    @Test
    void orderByCallsAccumulate(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.price.asc().nullsFirst()).orderBy(Gadget_.name.desc())
                .list();

        assertThat(rows).extracting(Gadget::name)
                .containsExactly("easel", "bolt", "gear", "cog", "flute", "anvil", "drum");
    }

    @Test
    void limitAndOffsetCutTheOrderedRows(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.id.asc()).limit(2).offset(3).list();

        assertThat(ids(rows)).containsExactly(4L, 5L);
    }

    @Test
    void offsetAloneSkipsRowsAndOffsetPastTheEndReturnsNone(Database db) {
        assertThat(ids(db.from(Gadget.class).orderBy(Gadget_.id.desc()).offset(5).list())).containsExactly(2L, 1L);
        assertThat(db.from(Gadget.class).orderBy(Gadget_.id.asc()).offset(7).list()).isEmpty();
    }

    @Test
    void limitZeroReturnsNoRowsAndALargeLimitReturnsAll(Database db) {
        assertThat(db.from(Gadget.class).limit(0).list()).isEmpty();
        assertThat(db.from(Gadget.class).limit(1_000).list()).hasSize(7);
    }

    @Test
    void laterLimitReplacesEarlierLimit(Database db) {
        List<Gadget> rows = db.from(Gadget.class).orderBy(Gadget_.id.asc()).limit(1).limit(3).list();

        assertThat(ids(rows)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void negativeLimitIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() ->
                db.from(Gadget.class).limit(-1).list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("limit must not be negative, got -1"));

        assertThat(sent).isEmpty();
    }

    @Test
    void negativeOffsetIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() ->
                db.from(Gadget.class).offset(-5).list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("offset must not be negative, got -5"));

        assertThat(sent).isEmpty();
    }

    private static List<Long> ids(List<Gadget> rows) {
        return rows.stream().map(Gadget::id).toList();
    }
}
