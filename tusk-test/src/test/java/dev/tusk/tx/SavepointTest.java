package dev.tusk.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.TxOptions;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nested transactions are SAVEPOINTs: a failure inside rolls back only the nested block. */
@TuskTest
class SavepointTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Account.TABLE);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate tx_account restart identity");
    }

    @Test
    void aFailingNestedBlockRollsBackOnlyItsOwnWrites(Database db) {
        db.useTransaction(tx -> {
            tx.insert(Account.of("outer-before", 1));
            assertThatThrownBy(() -> tx.useTransaction(inner -> {
                inner.insert(Account.of("inner", 2));
                throw new IllegalStateException("inner fails");
            })).hasMessage("inner fails");
            tx.insert(Account.of("outer-after", 3));
        });

        assertThat(owners(db)).containsExactly("outer-after", "outer-before");
    }

    @Test
    void aDatabaseErrorInANestedBlockLeavesTheOuterTransactionUsable(Database db) {
        db.useTransaction(tx -> {
            tx.insert(Account.of("alice", 1));
            assertThatThrownBy(() -> tx.useTransaction(inner -> inner.insert(Account.of("alice", 2))))
                    .isInstanceOf(ConstraintViolationException.class);
            tx.insert(Account.of("bob", 3)); // without the savepoint this would fail with 25P02
        });

        assertThat(owners(db)).containsExactly("alice", "bob");
    }

    @Test
    void aSucceedingNestedBlockIsKeptAndRolledBackWithTheOuter(Database db) {
        assertThatThrownBy(() -> db.useTransaction(tx -> {
            tx.useTransaction(inner -> inner.insert(Account.of("inner", 1)));
            assertThat(tx.from(Account.class).count()).isEqualTo(1);
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(db.from(Account.class).count()).isZero();
    }

    @Test
    void savepointsNestSeveralLevelsDeep(Database db) {
        db.useTransaction(tx -> {
            assertThat(tx.depth()).isZero();
            tx.insert(Account.of("level-0", 0));
            tx.useTransaction(first -> {
                assertThat(first.depth()).isEqualTo(1);
                first.insert(Account.of("level-1", 1));
                assertThatThrownBy(() -> first.useTransaction(second -> {
                    assertThat(second.depth()).isEqualTo(2);
                    second.insert(Account.of("level-2", 2));
                    second.useTransaction(third -> third.insert(Account.of("level-3", 3)));
                    throw new IllegalStateException("level 2 fails");
                })).hasMessage("level 2 fails");
                first.useTransaction(second -> second.insert(Account.of("level-2-again", 2)));
            });
        });

        assertThat(owners(db)).containsExactly("level-0", "level-1", "level-2-again");
    }

    @Test
    void theDatabaseNestsToo(Database db) {
        db.useTransaction(tx -> {
            db.insert(Account.of("kept", 1));
            assertThatThrownBy(() -> db.useTransaction(inner -> {
                assertThat(inner.depth()).isEqualTo(1);
                db.insert(Account.of("dropped", 2));
                throw new IllegalStateException("nested on db fails");
            })).hasMessage("nested on db fails");
        });

        assertThat(owners(db)).containsExactly("kept");
    }

    @Test
    void theNestedResultIsReturned(Database db) {
        long id = db.withTransaction(tx -> tx.withTransaction(inner -> inner.insert(Account.of("alice", 1)).id()));

        assertThat(db.get(Account.class, id).owner()).isEqualTo("alice");
    }

    @Test
    void aNestedTransactionRefusesOptionsBeforeAnySql(Database db, TestDatabase database) {
        db.useTransaction(tx -> {
            var sent = database.capture().during(() -> assertThatThrownBy(() ->
                    tx.useTransaction(TxOptions.serializable(), inner -> inner.insert(Account.of("x", 1))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("outermost"));
            assertThat(sent).isEmpty();
        });

        assertThat(db.from(Account.class).count()).isZero();
    }

    private static List<String> owners(Database db) {
        return db.sql("select owner from tx_account order by owner").list(String.class);
    }
}
