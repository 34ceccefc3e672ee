package dev.tusk.query.shape;

import static dev.tusk.query.Functions.length;
import static dev.tusk.query.Functions.upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.NonUniqueResultException;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.query.Query;
import dev.tusk.render.SqlStatement;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The terminal words {@code list one findOne first count exists values pluck into toSql}: what each
 * returns for none, one and several rows.
 */
@TuskTest
class TerminalWordsTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute(GadgetFixture.SCHEMA);
    }

    @Test
    void listReturnsTheMatchingRowsInOrder(Database db) {
        List<Gadget> toys = db.from(Gadget.class).where(Gadget_.kind.eq(GadgetKind.TOY))
                .orderBy(Gadget_.name.desc()).list();

        assertThat(toys).extracting(Gadget::name).containsExactly("flute", "easel", "drum");
        assertThat(db.from(Gadget.class).where(Gadget_.stock.gt(1_000)).list()).isEmpty();
    }

    @Test
    void oneReturnsTheOnlyMatchingRow(Database db) {
        assertThat(db.from(Gadget.class).where(Gadget_.name.eq("cog")).one())
                .isEqualTo(new Gadget(3L, "cog", GadgetKind.GIZMO, 1, new BigDecimal("2.00"), 0));
    }

    @Test
    void oneThrowsNotFoundWhenNoRowMatches(Database db) {
        assertThatThrownBy(() -> db.from(Gadget.class).where(Gadget_.name.eq("sprocket")).one())
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Gadget");
    }

    @Test
    void oneThrowsNonUniqueWhenSeveralRowsMatch(Database db) {
        assertThatThrownBy(() -> db.from(Gadget.class).where(Gadget_.kind.eq(GadgetKind.TOY)).one())
                .isInstanceOf(NonUniqueResultException.class);
    }

    @Test
    void findOneIsEmptyForNoneTheRowForOneAndThrowsForSeveral(Database db) {
        Query<Gadget> gadgets = db.from(Gadget.class);

        assertThat(gadgets.where(Gadget_.name.eq("sprocket")).findOne()).isEmpty();
        assertThat(gadgets.where(Gadget_.name.eq("gear")).findOne()).map(Gadget::id).contains(7L);
        assertThatThrownBy(() -> gadgets.where(Gadget_.kind.eq(GadgetKind.GIZMO)).findOne())
                .isInstanceOf(NonUniqueResultException.class);
    }

    @Test
    void firstReturnsTheFirstRowInOrderAndAsksForOneRow(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThat(db.from(Gadget.class)
                .orderBy(Gadget_.stock.desc()).first()).map(Gadget::name).contains("bolt"));

        assertThat(sent).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).contains(" LIMIT ?");
            assertThat(statement.rowCount()).isEqualTo(1);
        });
    }

    @Test
    void firstRespectsOffsetAndIsEmptyWhenNothingMatches(Database db) {
        assertThat(db.from(Gadget.class).orderBy(Gadget_.id.desc()).offset(1).first()).map(Gadget::id).contains(6L);
        assertThat(db.from(Gadget.class).where(Gadget_.stock.lt(0)).first()).isEmpty();
    }

    @Test
    void firstOfAQueryLimitedToNoRowsIsEmptyLikeItsList(Database db) {
        Query<Gadget> none = db.from(Gadget.class).orderBy(Gadget_.id.asc()).limit(0);

        assertThat(none.list()).isEmpty();
        assertThat(none.first()).isEmpty();
    }

    @Test
    void pluckIgnoresAnnotations(Database db) {
        List<String> names = db.from(Gadget.class).annotate(upper(Gadget_.name).as("shout"))
                .where(Gadget_.kind.eq(GadgetKind.TOOL)).orderBy(Gadget_.id.asc()).pluck(Gadget_.name);

        assertThat(names).containsExactly("anvil", "bolt");
    }

    @Test
    void countCountsMatchingRowsWithinLimitAndOffset(Database db) {
        assertThat(db.from(Gadget.class).count()).isEqualTo(7);
        assertThat(db.from(Gadget.class).where(Gadget_.rank.isNull()).count()).isEqualTo(2);
        assertThat(db.from(Gadget.class).where(Gadget_.stock.gt(1_000)).count()).isZero();
        assertThat(db.from(Gadget.class).orderBy(Gadget_.id.asc()).limit(3).count()).isEqualTo(3);
        assertThat(db.from(Gadget.class).offset(5).count()).isEqualTo(2);
    }

    @Test
    void countOfAFilteredQueryCountsTheTableRowsWithoutASubquery(Database db, SqlCapture capture) {
        List<CapturedStatement> plain = capture.during(() -> assertThat(db.from(Gadget.class)
                .where(Gadget_.rank.isNull()).orderBy(Gadget_.id.asc()).count()).isEqualTo(2));
        assertThat(plain).singleElement().satisfies(statement -> assertThat(statement.sql())
                .startsWith("SELECT count(*)").doesNotContain("counted").doesNotContain("ORDER BY").contains(" WHERE "));
        // these change what a row is: counted as a subquery
        List<CapturedStatement> limited = capture.during(() -> {
            assertThat(db.from(Gadget.class).orderBy(Gadget_.id.asc()).limit(3).count()).isEqualTo(3);
            assertThat(db.from(Gadget.class).distinct().count()).isEqualTo(7);
            assertThat(db.from(Gadget.class).where(Gadget_.rank.isNull()).forUpdate().count()).isEqualTo(2);
        });
        assertThat(limited).hasSize(3).allSatisfy(statement -> assertThat(statement.sql()).contains("AS \"counted\""));
    }

    @Test
    void existsTellsWhetherAnyRowMatches(Database db) {
        assertThat(db.from(Gadget.class).where(Gadget_.price.isNull()).exists()).isTrue();
        assertThat(db.from(Gadget.class).where(Gadget_.price.gt(new BigDecimal("100"))).exists()).isFalse();
    }

    @Test
    void valuesReturnsRowsOfJustTheSelections(Database db) {
        List<Row> rows = db.from(Gadget.class).where(Gadget_.kind.eq(GadgetKind.GIZMO)).orderBy(Gadget_.id.asc())
                .values(Gadget_.id.as("id"), upper(Gadget_.name).as("shout"), Gadget_.price.as("price"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).columns()).containsExactly("id", "shout", "price");
        assertThat(rows.get(0).getLong("id")).isEqualTo(3L);
        assertThat(rows.get(0).getString("shout")).isEqualTo("COG");
        assertThat(rows.get(1).getString("shout")).isEqualTo("GEAR");
        assertThat(rows.get(1).getBigDecimal("price")).isEqualByComparingTo("2.00");
    }

    @Test
    void pluckReturnsOneTypedValuePerRowEnumsAsEnums(Database db) {
        List<GadgetKind> kinds = db.from(Gadget.class).orderBy(Gadget_.id.asc()).pluck(Gadget_.kind);
        List<BigDecimal> prices = db.from(Gadget.class).orderBy(Gadget_.id.asc()).pluck(Gadget_.price);

        assertThat(kinds).containsExactly(GadgetKind.TOOL, GadgetKind.TOOL, GadgetKind.GIZMO, GadgetKind.TOY,
                GadgetKind.TOY, GadgetKind.TOY, GadgetKind.GIZMO);
        assertThat(kinds).allSatisfy(kind -> assertThat(kind).isInstanceOf(GadgetKind.class));
        assertThat(prices).containsExactly(new BigDecimal("10.00"), new BigDecimal("0.50"), new BigDecimal("2.00"),
                new BigDecimal("15.00"), null, new BigDecimal("8.00"), new BigDecimal("2.00"));
    }

    @Test
    void pluckAfterDistinctReturnsEachValueOnce(Database db) {
        List<GadgetKind> kinds = db.from(Gadget.class).distinct().orderBy(Gadget_.kind.asc()).pluck(Gadget_.kind);

        assertThat(kinds).containsExactly(GadgetKind.TOOL, GadgetKind.TOY, GadgetKind.GIZMO);
    }

    @Test
    void intoMapsTheRowsIntoARecordOfSomeFields(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThat(db.from(Gadget.class)
                .where(Gadget_.kind.eq(GadgetKind.TOOL)).orderBy(Gadget_.id.asc()).into(GadgetLabel.class))
                .containsExactly(new GadgetLabel(1L, "anvil"), new GadgetLabel(2L, "bolt")));

        assertThat(sent).singleElement().satisfies(statement ->
                assertThat(statement.sql()).doesNotContain("\"price\"", "\"stock\""));
    }

    @Test
    void intoReadsAnnotationsByAliasIncludingSnakeCaseAliases(Database db) {
        List<GadgetShout> shouts = db.from(Gadget.class)
                .annotate(upper(Gadget_.name).as("shout"), length(Gadget_.name).as("name_length"))
                .where(Gadget_.kind.eq(GadgetKind.GIZMO))
                .orderBy(Gadget_.name.asc())
                .into(GadgetShout.class);

        assertThat(shouts).containsExactly(new GadgetShout("cog", "COG", 3), new GadgetShout("gear", "GEAR", 4));
    }

    @Test
    void intoAShapeWithAnUnknownFieldIsRefusedBeforeAnySql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() ->
                db.from(Gadget.class).into(GadgetShout.class))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("field shout is neither a field of Gadget nor an annotation alias"));

        assertThat(sent).isEmpty();
    }

    @Test
    void toSqlReturnsTheStatementWithoutRunningIt(Database db, SqlCapture capture, TestDatabase test)
            throws SQLException {
        Query<Gadget> query = db.from(Gadget.class).where(Gadget_.stock.gt(2)).orderBy(Gadget_.stock.asc()).limit(3);
        List<SqlStatement> statements = new ArrayList<>();

        List<CapturedStatement> sent = capture.during(() -> statements.add(query.toSql()));

        assertThat(sent).isEmpty();
        SqlStatement statement = statements.get(0);
        assertThat(statement.sql()).startsWith("SELECT ").contains(" WHERE ", " ORDER BY ", " LIMIT ?");
        assertThat(statement.params()).containsExactly(2, 3L);
        // the statement is complete: run by hand, it returns what the query returns
        assertThat(runByHand(test, statement)).containsExactlyElementsOf(query.list().stream().map(Gadget::id).toList())
                .containsExactly(6L, 1L, 4L);
    }

    @Test
    void terminalWordsAgreeOnTheSameQuery(Database db) {
        Query<Gadget> toys = db.from(Gadget.class).where(Gadget_.kind.eq(GadgetKind.TOY)).orderBy(Gadget_.id.asc());
        List<Gadget> listed = toys.list();

        assertThat(toys.count()).isEqualTo(listed.size()).isEqualTo(3);
        assertThat(toys.exists()).isTrue();
        assertThat(toys.first()).contains(listed.get(0));
        assertThat(toys.pluck(Gadget_.id)).isEqualTo(listed.stream().map(Gadget::id).toList());
        assertThat(toys.into(GadgetLabel.class)).extracting(GadgetLabel::name)
                .isEqualTo(listed.stream().map(Gadget::name).toList());
        try (var stream = toys.stream()) {
            assertThat(stream.toList()).isEqualTo(listed);
        }
        assertThat(toys.page(1, 10).items()).isEqualTo(listed);
        assertThat(toys.keyset(10, null).items()).isEqualTo(listed);
        assertThat(toys.where(Gadget_.id.eq(4L)).one()).isEqualTo(listed.get(0));
        assertThat(toys.where(Gadget_.id.eq(4L)).findOne()).contains(listed.get(0));
    }

    @Test
    void emptyResultGivesEmptyAnswersFromEveryWord(Database db) {
        Query<Gadget> none = db.from(Gadget.class).where(Gadget_.name.eq("sprocket"));

        assertThat(none.list()).isEmpty();
        assertThat(none.findOne()).isEqualTo(Optional.empty());
        assertThat(none.first()).isEmpty();
        assertThat(none.count()).isZero();
        assertThat(none.exists()).isFalse();
        assertThat(none.values(Gadget_.id.as("id"))).isEmpty();
        assertThat(none.pluck(Gadget_.name)).isEmpty();
        assertThat(none.into(GadgetLabel.class)).isEmpty();
    }

    private static List<Long> runByHand(TestDatabase test, SqlStatement statement) throws SQLException {
        try (Connection connection = test.connection();
             PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            for (int index = 0; index < statement.params().size(); index++) {
                prepared.setObject(index + 1, statement.params().get(index));
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = prepared.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong("id"));
                }
            }
            return ids;
        }
    }
}
