package dev.tusk.writes.filtered;

import static dev.tusk.query.Conditions.exists;
import static dev.tusk.query.Conditions.outer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code query.delete()} and {@code deleteReturning()} on entities without soft delete. */
@TuskTest
class FilteredDeleteTest {
    private final Database db;
    private final SqlCapture capture;

    FilteredDeleteTest(Database db, SqlCapture capture) {
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
    void deleteRemovesMatchingRowsOnlyAndReturnsTheCount() {
        long gone = db.from(Order.class).where(Order_.total.lt(new BigDecimal("100"))).delete();

        assertThat(gone).isEqualTo(2);
        assertThat(db.from(Order.class).pluck(Order_.status)).containsExactly("draft");
    }

    @Test
    void deleteIsOneStatementWithBoundValues() {
        List<CapturedStatement> sent = capture.during(() ->
                db.from(Order.class).where(Order_.status.eq("paid")).delete());

        assertThat(sent).singleElement().satisfies(statement -> {
            assertThat(statement.sql()).isEqualTo("DELETE FROM \"orders\" AS \"t0\" WHERE \"t0\".\"status\" = ?");
            assertThat(statement.params()).containsExactly("paid");
        });
    }

    @Test
    void deleteReturningGivesTheDeletedRecords() {
        List<Order> gone = db.from(Order.class).where(Order_.status.eq("draft")).deleteReturning();

        assertThat(gone).extracting(Order::total).usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
                .containsExactlyInAnyOrder(new BigDecimal("10.00"), new BigDecimal("250.00"));
        assertThat(db.from(Order.class).count()).isEqualTo(1);
    }

    @Test
    void deleteReturningGivesClassInstancesOfTheDeletedRows() {
        List<Product> removed = db.from(Product.class).where(Product_.name.eq("mug")).deleteReturning();

        assertThat(removed).singleElement().satisfies(product -> {
            assertThat(product.id).isEqualTo(2L);
            assertThat(product.price).isEqualByComparingTo("5.50");
        });
        assertThat(db.find(Product.class, 2L)).isEmpty();
    }

    @Test
    void deleteMayFilterWithACorrelatedSubquery() {
        db.insert(Order.draft("paid", "10.00"));

        long duplicates = db.from(Order.class).where(exists(db.from(Order.class)
                .where(Order_.total.eq(outer(Order_.total)), Order_.id.lt(outer(Order_.id))))).delete();

        assertThat(duplicates).isEqualTo(1);
        assertThat(db.from(Order.class).count()).isEqualTo(3);
    }

    @Test
    void deleteWithoutWhereIsRefusedBeforeSqlUnlessAllIsSaid() {
        assertRefusedBeforeSql(() -> db.from(Product.class).delete(),
                "delete() has no where(...) and would write every row of Product: add where(...), or call all() first");
        assertRefusedBeforeSql(() -> db.from(Order.class).whereExample(new Order(null, null, null, null, null, 0))
                .deleteReturning(), "deleteReturning() has no where(...)");

        assertThat(db.from(Product.class).all().delete()).isEqualTo(2);
        assertThat(db.from(Product.class).exists()).isFalse();
    }

    @Test
    void limitAndOrderAreRefusedOnDeleteBeforeSql() {
        assertRefusedBeforeSql(() -> db.from(Order.class).where(Order_.status.eq("draft")).orderBy(Order_.id.asc())
                .limit(1).delete(), "delete() cannot carry orderBy(), limit()");
        assertRefusedBeforeSql(() -> db.from(Order.class).all().forUpdate().skipLocked().delete(),
                "delete() cannot carry a row lock");
    }

    @Test
    void softDeleteWordsOnAnEntityWithoutSoftDeleteAreRefusedBeforeSql() {
        assertRefusedBeforeSql(() -> db.from(Order.class).where(Order_.id.eq(1L)).softDelete(),
                "softDelete() needs a @SoftDelete field, and Order has none");
        assertRefusedBeforeSql(() -> db.from(Order.class).where(Order_.id.eq(1L)).forceDelete(),
                "forceDelete() needs a @SoftDelete field");
        assertRefusedBeforeSql(() -> db.from(Order.class).withDeleted(), "withDeleted() needs a @SoftDelete field");
        assertRefusedBeforeSql(() -> db.from(Product.class).onlyDeleted(), "onlyDeleted() needs a @SoftDelete field");
    }

    private void assertRefusedBeforeSql(Runnable write, String message) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(write::run)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(message));
        assertThat(sent).as("statements sent").isEmpty();
    }
}
