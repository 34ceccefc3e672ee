package dev.tusk.query.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Query;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code select}/{@code only} and {@code defer}: what is loaded, what stays null or zero, and the key. */
@TuskTest
class ColumnSelectionTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute(GadgetFixture.SCHEMA);
    }

    @Test
    void fullRowHasEveryFieldLoaded(Database db) {
        // the baseline the other tests compare with: gadget 1 has no NULLs and a non-zero stock
        assertThat(db.from(Gadget.class).where(Gadget_.id.eq(1L)).one())
                .isEqualTo(new Gadget(1L, "anvil", GadgetKind.TOOL, 3, new BigDecimal("10.00"), 5));
    }

    @Test
    void onlyLoadsTheListedFieldsAndTheKey(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThat(db.from(Gadget.class)
                .where(Gadget_.id.eq(1L)).only(Gadget_.name).one())
                .isEqualTo(new Gadget(1L, "anvil", null, null, null, 0)));

        assertThat(sent).singleElement().satisfies(statement ->
                assertThat(statement.sql()).contains("\"name\"").doesNotContain("\"price\"", "\"stock\"", "\"kind\""));
    }

    @Test
    void selectIsTheSameAsOnly(Database db) {
        Query<Gadget> byId = db.from(Gadget.class).orderBy(Gadget_.id.asc());

        List<Gadget> selected = byId.select(Gadget_.kind, Gadget_.price).list();

        assertThat(selected).hasSize(7).first()
                .isEqualTo(new Gadget(1L, null, GadgetKind.TOOL, null, new BigDecimal("10.00"), 0));
        assertThat(selected).isEqualTo(byId.only(Gadget_.kind, Gadget_.price).list());
    }

    @Test
    void onlyTheKeyLoadsJustTheKey(Database db) {
        assertThat(db.from(Gadget.class).where(Gadget_.id.eq(7L)).only(Gadget_.id).one())
                .isEqualTo(new Gadget(7L, null, null, null, null, 0));
    }

    @Test
    void deferLoadsEverythingButTheDeferredFields(Database db) {
        Gadget anvil = db.from(Gadget.class).where(Gadget_.id.eq(1L)).defer(Gadget_.price, Gadget_.stock).one();

        assertThat(anvil).isEqualTo(new Gadget(1L, "anvil", GadgetKind.TOOL, 3, null, 0));
    }

    @Test
    void onlyAndDeferTogetherLoadTheListedFieldsLessTheDeferredOnes(Database db) {
        Gadget anvil = db.from(Gadget.class).where(Gadget_.id.eq(1L))
                .only(Gadget_.name, Gadget_.rank).defer(Gadget_.rank).one();

        assertThat(anvil).isEqualTo(new Gadget(1L, "anvil", null, null, null, 0));
    }

    @Test
    void unloadedFieldsOfAClassEntityStayNullOrZero(Database db) {
        GadgetBox anvil = db.from(GadgetBox.class).where(GadgetBox_.id.eq(1L)).defer(GadgetBox_.price).one();
        GadgetBox onlyRank = db.from(GadgetBox.class).where(GadgetBox_.id.eq(1L)).only(GadgetBox_.rank).one();

        assertThat(anvil.name).isEqualTo("anvil");
        assertThat(anvil.stock).isEqualTo(5);
        assertThat(anvil.price).isNull();
        assertThat(onlyRank.id).isEqualTo(1L);
        assertThat(onlyRank.rank).isEqualTo(3);
        assertThat(onlyRank.name).isNull();
        assertThat(onlyRank.kind).isNull();
        assertThat(onlyRank.stock).isZero();
    }

    @Test
    void deferringTheKeyIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() -> db.from(Gadget.class)
                .defer(Gadget_.id, Gadget_.price).list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cannot defer key field id of Gadget"));

        assertThat(sent).isEmpty();
    }
}
