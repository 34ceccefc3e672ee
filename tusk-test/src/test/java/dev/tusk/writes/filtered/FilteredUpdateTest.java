package dev.tusk.writes.filtered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Col;
import dev.tusk.query.Condition;
import dev.tusk.query.Cte;
import dev.tusk.query.Functions;
import dev.tusk.query.Query;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code query.update(col.set(...))} and {@code updateReturning}: values, expressions, versions, guards. */
@TuskTest
class FilteredUpdateTest {
    private final Database db;
    private final SqlCapture capture;

    FilteredUpdateTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Schema.SQL);
    }

    @BeforeEach
    void rows() {
        db.sql(Schema.EMPTY).execute();
        db.insert(Order.draft("draft", "10.00"));
        db.insert(Order.draft("draft", "250.00"));
        db.insert(Order.draft("paid", "99.00"));
        db.insert(new Product("kettle", "10.00"));
        db.insert(new Product("mug", "5.50"));
    }

    @Test
    void updateSetsTheValueOnMatchingRowsOnlyAndReturnsTheCount() {
        long archived = db.from(Order.class).where(Order_.status.eq("draft")).update(Order_.status.set("archived"));

        assertThat(archived).isEqualTo(2);
        assertThat(db.from(Order.class).pluck(Order_.status)).containsExactlyInAnyOrder("archived", "archived", "paid");
    }

    @Test
    void updateIsOneStatementWithBoundValuesAndTheVersionBump() {
        List<CapturedStatement> sent = capture.during(() ->
                db.from(Order.class).where(Order_.status.eq("draft")).update(Order_.status.set("archived")));

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).sql()).isEqualTo("UPDATE \"orders\" AS \"t0\" SET \"status\" = ?,"
                + " \"version\" = (\"t0\".\"version\" + ?) WHERE \"t0\".\"status\" = ?");
        assertThat(sent.get(0).params()).containsExactly("archived", 1, "draft");
    }

    @Test
    void updateOfAVersionedEntityMakesEarlierCopiesStale() {
        Order loaded = db.from(Order.class).where(Order_.status.eq("paid")).one();

        db.from(Order.class).where(Order_.id.eq(loaded.id())).update(Order_.total.set(new BigDecimal("1.00")));

        assertThat(db.get(Order.class, loaded.id()).version()).isEqualTo(loaded.version() + 1);
        assertThatThrownBy(() -> db.update(loaded, "total")).isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void updateAssignsAnExpressionOverTheRowOnClassEntities() {
        long repriced = db.from(Product.class).where(Product_.price.lt(new BigDecimal("100")))
                .update(Product_.price.set(Product_.price.times(new BigDecimal("1.1"))));

        assertThat(repriced).isEqualTo(2);
        assertThat(db.from(Product.class).orderBy(Product_.id.asc()).pluck(Product_.price))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("11.00"), new BigDecimal("6.05"));
    }

    @Test
    void updateAssignsTheDatabaseClock() {
        OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);

        db.from(Order.class).where(Order_.status.eq("paid")).update(Order_.shippedAt.set(Functions.now()));

        Order shipped = db.from(Order.class).where(Order_.status.eq("paid")).one();
        assertThat(shipped.shippedAt()).isAfter(before);
        assertThat(db.from(Order.class).where(Order_.shippedAt.isNull()).count()).isEqualTo(2);
    }

    @Test
    void valuesAreBoundThroughTheColumnCodecForEnumsJsonAndArrays() {
        db.from(Order.class).where(Order_.total.gt(new BigDecimal("200"))).update(Order_.priority.set(Priority.URGENT));
        db.from(Product.class).where(Product_.name.eq("mug"))
                .update(Product_.attributes.set(Map.of("color", "red")), Product_.tags.set(List.of("sale", "new")));

        assertThat(db.from(Order.class).where(Order_.priority.eq(Priority.URGENT)).pluck(Order_.total))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("250.00"));
        Product mug = db.from(Product.class).where(Product_.name.eq("mug")).one();
        assertThat(mug.attributes).containsEntry("color", "red");
        assertThat(mug.tags).containsExactly("sale", "new");
    }

    @Test
    void setNullWritesNullIntoANullableColumn() {
        db.from(Order.class).all().update(Order_.shippedAt.set(Functions.now()));

        long cleared = db.from(Order.class).where(Order_.status.eq("paid")).update(Order_.shippedAt.setNull());

        assertThat(cleared).isEqualTo(1);
        assertThat(db.from(Order.class).where(Order_.shippedAt.isNull()).pluck(Order_.status)).containsExactly("paid");
    }

    @Test
    void updateReturningGivesTheUpdatedRecordsWithTheirNewVersion() {
        List<Order> archived = db.from(Order.class).where(Order_.status.eq("draft"))
                .updateReturning(Order_.status.set("archived"));

        assertThat(archived).hasSize(2).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo("archived");
            assertThat(order.version()).isEqualTo(1);
            assertThat(order).isEqualTo(db.get(Order.class, order.id()));
        });
    }

    @Test
    void updateReturningGivesClassInstancesOfTheUpdatedRows() {
        List<Product> renamed = db.from(Product.class).where(Product_.name.eq("kettle"))
                .updateReturning(Product_.name.set("teapot"));

        assertThat(renamed).singleElement().satisfies(product -> {
            assertThat(product.id).isEqualTo(1L);
            assertThat(product.name).isEqualTo("teapot");
            assertThat(product.price).isEqualByComparingTo("10.00");
        });
    }

    @Test
    void nullIntoANotNullColumnIsRefusedBeforeSqlNamingTheField() {
        assertRefusedBeforeSql(() -> db.from(Order.class).where(Order_.id.eq(1L)).update(Order_.status.setNull()),
                "Order is not valid: status must not be null");
        assertRefusedBeforeSql(() -> db.from(Order.class).where(Order_.id.eq(1L)).update(Order_.status.set((String) null)),
                "status must not be null");
    }

    @Test
    void textLongerThanTheColumnIsRefusedBeforeSqlNamingTheField() {
        assertRefusedBeforeSql(() -> db.from(Order.class).where(Order_.id.eq(1L))
                .update(Order_.status.set("thirteen-char")), "status is 13 characters long; at most 12 fit");
    }

    @Test
    void textWithANulCharacterIsRefusedBeforeSqlNamingTheField() {
        assertRefusedBeforeSql(() -> db.from(Product.class).where(Product_.id.eq(1L))
                .update(Product_.name.set("tea\u0000pot")), "Product is not valid: name: text contains a NUL character");
    }

    @Test
    void aValueOfTheWrongTypeForADynamicColumnIsRefusedBeforeSql() {
        assertRefusedBeforeSql(() -> db.from(Order.class).where(Order_.id.eq(1L)).update(Col.of("status").set(42)),
                "does not fit column status");
        assertThat(db.from(Order.class).where(Order_.id.eq(1L)).update(Col.of("status").set("by-name"))).isEqualTo(1);
    }

    @Test
    void updateWithoutWhereIsRefusedBeforeSqlUnlessAllIsSaid() {
        assertRefusedBeforeSql(() -> db.from(Order.class).update(Order_.status.set("void")),
                "update() has no where(...) and would write every row of Order: add where(...), or call all() first");
        assertRefusedBeforeSql(() -> db.from(Product.class).where().updateReturning(Product_.name.set("x")),
                "updateReturning() has no where(...)");

        assertThat(db.from(Order.class).all().update(Order_.status.set("void"))).isEqualTo(3);
    }

    @Test
    void anEmptyProbeOrAnEmptyAndDoesNotCountAsAWhere() {
        Product emptyProbe = new Product();

        assertRefusedBeforeSql(() -> db.from(Product.class).whereExample(emptyProbe).update(Product_.name.set("x")),
                "has no where(...)");
        assertRefusedBeforeSql(() -> db.from(Product.class).where(new Condition.And(List.of()))
                .update(Product_.name.set("x")), "has no where(...)");
        Product probe = new Product();
        probe.name = "mug";
        assertThat(db.from(Product.class).whereExample(probe).update(Product_.name.set("cup"))).isEqualTo(1);
    }

    @Test
    void queryPartsAnUpdateCannotCarryAreRefusedBeforeSql() {
        Query<Order> drafts = db.from(Order.class).where(Order_.status.eq("draft"));
        List<Function<Query<Order>, Query<Order>>> parts = List.of(
                query -> query.orderBy(Order_.id.asc()), query -> query.limit(1), query -> query.offset(1),
                Query::distinct, query -> query.groupBy(Order_.status), Query::forUpdate, query -> query.only(Order_.status),
                query -> query.annotate(Order_.total.as("t")));

        for (Function<Query<Order>, Query<Order>> part : parts) {
            assertRefusedBeforeSql(() -> part.apply(drafts).update(Order_.status.set("x")),
                    "update() cannot carry");
        }
        assertRefusedBeforeSql(() -> drafts.orderBy(Order_.id.asc()).limit(1).update(Order_.status.set("x")),
                "update() cannot carry orderBy(), limit(): PostgreSQL's UPDATE and DELETE have no such clause");
    }

    @Test
    void keyVersionRepeatedAndForeignColumnsCannotBeSet() {
        Query<Order> first = db.from(Order.class).where(Order_.id.eq(1L));

        assertRefusedBeforeSql(() -> first.update(Order_.id.set(9L)), "cannot set key field id of Order");
        assertRefusedBeforeSql(() -> first.update(Order_.version.set(9)), "cannot set version field version of Order");
        assertRefusedBeforeSql(() -> first.update(Order_.status.set("a"), Order_.status.set("b")), "sets status twice");
        assertRefusedBeforeSql(() -> first.update(Product_.name.set("x")), "Product.name, which is not a column of Order");
        assertRefusedBeforeSql(first::update, "needs at least one assignment");
    }

    @Test
    void updateMayReadFromACteThroughASubquery() {
        Query<Order> big = db.from(Order.class).where(Order_.total.gt(new BigDecimal("50")));

        long flagged = db.from(Order.class).with(Cte.of("big", big))
                .where(Order_.id.in(db.from(Order.class).fromCte("big"), Order_.id))
                .update(Order_.priority.set(Priority.URGENT));

        assertThat(flagged).isEqualTo(2);
        assertThat(db.from(Order.class).where(Order_.priority.eq(Priority.URGENT)).pluck(Order_.status))
                .containsExactlyInAnyOrder("draft", "paid");
    }

    private void assertRefusedBeforeSql(Runnable write, String message) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(write::run)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(message));
        assertThat(sent).as("statements sent").isEmpty();
    }
}
