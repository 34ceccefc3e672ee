package dev.tusk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Session;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.query.Col;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unit of work: identity map, dirty checking, flush order, commit, rollback and close. */
@TuskTest
class SessionTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table s_customer (id bigserial primary key, name text not null unique, email text,
                    tags text[], version int not null default 0);
                create table s_ticket (id bigserial primary key, customer_id bigint references s_customer,
                    subject text not null, status text not null);
                create table s_region (code text primary key, name text not null);
                create table s_store (id bigint primary key, region_code text not null references s_region, name text);
                create table s_shelf (id bigint primary key, store_id bigint not null references s_store, label text);
                """);
    }

    @BeforeEach
    void rows(TestDatabase database) {
        database.execute("""
                truncate s_shelf, s_store, s_region, s_ticket, s_customer restart identity;
                insert into s_customer (name, email, tags, version) values ('ann', 'ann@old.io', '{a}', 1);
                insert into s_ticket (customer_id, subject, status) values (1, 'login fails', 'open');
                """);
    }

    @Test
    void theSameKeyYieldsTheSameInstance(Database db) {
        try (Session session = db.openSession()) {
            Customer first = session.get(Customer.class, 1L);
            Customer again = session.get(Customer.class, 1);                 // an int key is widened
            List<Customer> listed = session.list(db.from(Customer.class));

            assertThat(again).isSameAs(first);
            assertThat(listed).singleElement().isSameAs(first);
        }
        try (Session other = db.openSession(); Session another = db.openSession()) {
            assertThat(other.get(Customer.class, 1L)).isNotSameAs(another.get(Customer.class, 1L));
        }
    }

    @Test
    void aSecondGetSendsNoStatement(Database db, SqlCapture capture) {
        try (Session session = db.openSession()) {
            session.get(Ticket.class, 1L);

            assertThat(capture.during(() -> session.get(Ticket.class, 1L))).isEmpty();
        }
    }

    @Test
    void flushUpdatesOnlyTheChangedColumnsOfAClassChangedInPlace(Database db, SqlCapture capture) {
        try (Session session = db.openSession()) {
            Customer ann = session.get(Customer.class, 1L);
            ann.setEmail("ann@new.io");

            List<CapturedStatement> sent = capture.during(session::commit);

            assertThat(sent).singleElement().satisfies(update -> {
                assertThat(update.sql()).startsWith("UPDATE").contains("\"email\"").doesNotContain("\"name\"")
                        .doesNotContain("\"tags\"");
            });
            assertThat(ann.getVersion()).as("the @Version was checked and bumped").isEqualTo(2);
        }
        assertThat(db.get(Customer.class, 1L).getEmail()).isEqualTo("ann@new.io");
    }

    @Test
    void aListChangedInPlaceIsSeen(Database db) {
        try (Session session = db.openSession()) {
            session.get(Customer.class, 1L).getTags().add("b");
            session.commit();
        }

        assertThat(db.get(Customer.class, 1L).getTags()).containsExactly("a", "b");
    }

    @Test
    void nothingChangedMeansNothingSent(Database db, SqlCapture capture) {
        try (Session session = db.openSession()) {
            session.get(Customer.class, 1L);
            session.get(Ticket.class, 1L);

            assertThat(capture.during(session::flush)).isEmpty();
        }
    }

    @Test
    void aRecordIsTrackedByReplacement(Database db, SqlCapture capture) {
        try (Session session = db.openSession()) {
            Ticket ticket = session.get(Ticket.class, 1L);
            session.update(ticket.withStatus("closed"));

            assertThat(session.get(Ticket.class, 1L).status()).isEqualTo("closed");
            List<CapturedStatement> sent = capture.during(session::commit);
            assertThat(sent).singleElement().satisfies(update ->
                    assertThat(update.sql()).contains("\"status\"").doesNotContain("\"subject\""));
        }
        assertThat(db.get(Ticket.class, 1L).status()).isEqualTo("closed");
    }

    @Test
    void addedEntitiesGetTheirGeneratedKeysAtFlush(Database db) {
        try (Session session = db.openSession()) {
            Customer bob = session.add(new Customer("bob", "bob@x.io"));
            Ticket pending = session.add(new Ticket(null, 1L, "refund", "open"));
            assertThat(bob.getId()).isNull();

            session.flush();

            assertThat(bob.getId()).isEqualTo(2L);
            Ticket inserted = session.current(pending);
            assertThat(inserted.id()).isEqualTo(2L);
            assertThat(session.get(Ticket.class, 2L)).isSameAs(inserted);
            assertThat(session.get(Customer.class, 2L)).isSameAs(bob);
            session.commit();
        }
        assertThat(db.from(Ticket.class).count()).isEqualTo(2);
    }

    @Test
    void parentsAreInsertedBeforeChildrenWhateverTheOrderAdded(Database db, SqlCapture capture) {
        try (Session session = db.openSession()) {
            session.add(new Shelf(1, 10, "top"));
            session.add(new Store(10, "north", "Main St"));
            session.add(new Region("north", "North"));
            session.add(new Shelf(2, 10, "bottom"));

            List<CapturedStatement> sent = capture.during(session::commit);

            assertThat(sent).extracting(statement -> statement.sql().substring(0, 30))
                    .satisfiesExactly(region -> assertThat(region).contains("s_region"),
                            store -> assertThat(store).contains("s_store"),
                            shelves -> assertThat(shelves).contains("s_shelf"));
        }
        assertThat(db.from(Shelf.class).count()).isEqualTo(2);
    }

    @Test
    void childrenAreDeletedBeforeParents(Database db) {
        db.insert(new Region("north", "North"));
        db.insert(new Store(10, "north", "Main St"));
        db.insert(new Shelf(1, 10, "top"));
        try (Session session = db.openSession()) {
            session.delete(session.get(Region.class, "north"));
            session.delete(session.get(Store.class, 10L));
            session.delete(session.get(Shelf.class, 1L));
            session.commit();
        }

        assertThat(db.from(Region.class).count() + db.from(Store.class).count() + db.from(Shelf.class).count())
                .isZero();
    }

    @Test
    void nothingIsVisibleToOthersBeforeCommit(Database db, TestDatabase database) throws SQLException {
        try (Session session = db.openSession(); Connection outside = database.connection()) {
            session.add(new Customer("bob", "bob@x.io"));
            session.flush();
            assertThat(count(outside, "s_customer")).isEqualTo(1);

            session.commit();
            assertThat(count(outside, "s_customer")).isEqualTo(2);
        }
    }

    @Test
    void closingWithoutCommitRollsBack(Database db) {
        try (Session session = db.openSession()) {
            session.get(Customer.class, 1L).setEmail("lost@x.io");
            session.add(new Customer("bob", "bob@x.io"));
            session.flush();
        }

        assertThat(db.get(Customer.class, 1L).getEmail()).isEqualTo("ann@old.io");
        assertThat(db.from(Customer.class).count()).isEqualTo(1);
    }

    @Test
    void rollbackDiscardsWorkAndForgetsInstances(Database db) {
        try (Session session = db.openSession()) {
            Customer ann = session.get(Customer.class, 1L);
            ann.setEmail("dropped@x.io");
            session.flush();
            session.rollback();

            Customer reloaded = session.get(Customer.class, 1L);
            assertThat(reloaded).isNotSameAs(ann);
            assertThat(reloaded.getEmail()).isEqualTo("ann@old.io");
            session.commit();
        }
        assertThat(db.get(Customer.class, 1L).getEmail()).isEqualTo("ann@old.io");
    }

    @Test
    void deletingAPendingEntitySendsNothingAndDeletingALoadedOneDeletesAtFlush(Database db, SqlCapture capture) {
        try (Session session = db.openSession()) {
            Customer never = session.add(new Customer("never", null));
            session.delete(never);
            Ticket ticket = session.get(Ticket.class, 1L);
            session.delete(ticket);

            assertThat(session.find(Ticket.class, 1L)).isEmpty();
            List<CapturedStatement> sent = capture.during(session::commit);
            assertThat(sent).singleElement().satisfies(delete -> assertThat(delete.sql()).startsWith("DELETE"));
        }
        assertThat(db.from(Ticket.class).count()).isZero();
        assertThat(db.from(Customer.class).count()).isEqualTo(1);
    }

    @Test
    void getForUpdateLocksTheRowUntilCommit(Database db, TestDatabase database) throws SQLException {
        try (Session session = db.openSession(); Connection other = database.connection()) {
            session.get(Customer.class, 1L, true);

            assertThatThrownBy(() -> lockNoWait(other)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("could not obtain lock");
            session.commit();
            other.rollback();
            lockNoWait(other);
            other.rollback();
        }
    }

    @Test
    void expungedEntitiesAreNoLongerTracked(Database db, SqlCapture capture) {
        try (Session session = db.openSession()) {
            Customer ann = session.get(Customer.class, 1L);
            ann.setEmail("ignored@x.io");
            session.expunge(ann);

            assertThat(session.contains(ann)).isFalse();
            assertThat(capture.during(session::flush)).isEmpty();
            assertThat(session.get(Customer.class, 1L)).isNotSameAs(ann);
        }
    }

    @Test
    void refreshOverwritesAClassInPlaceAndReplacesARecord(Database db, TestDatabase database) {
        try (Session session = db.openSession()) {
            Customer ann = session.get(Customer.class, 1L);
            Ticket ticket = session.get(Ticket.class, 1L);
            ann.setEmail("unsaved@x.io");

            Customer refreshed = session.refresh(ann);
            Ticket again = session.refresh(ticket);

            assertThat(refreshed).isSameAs(ann);
            assertThat(ann.getEmail()).isEqualTo("ann@old.io");
            assertThat(again).isNotSameAs(ticket).isEqualTo(ticket);
            assertThat(session.get(Ticket.class, 1L)).isSameAs(again);
        }
    }

    @Test
    void aStaleVersionFailsTheFlush(Database db) {
        try (Session session = db.openSession()) {
            Customer ann = session.get(Customer.class, 1L);
            CompletableFuture.runAsync(() -> db.sql("update s_customer set version = version + 1 where id = 1")
                    .execute()).join();                                          // another user, another thread
            ann.setEmail("late@x.io");

            assertThatThrownBy(session::commit).isInstanceOf(OptimisticLockException.class);
        }
    }

    @Test
    void anUnknownEntityHandedToUpdateIsWrittenInFull(Database db) {
        Ticket detached = new Ticket(1L, 1L, "rewritten", "pending");
        try (Session session = db.openSession()) {
            session.update(detached);
            session.commit();
        }

        assertThat(db.get(Ticket.class, 1L)).isEqualTo(detached);
    }

    @Test
    void aDatabaseCallBetweenSessionCallsRunsOutsideTheSessionTransaction(Database db) {
        try (Session session = db.openSession()) {
            session.get(Customer.class, 1L).setEmail("rolled-back@x.io");
            session.flush();
            db.insert(new Customer("bob", "bob@x.io"));                         // its own connection, autocommit
            session.rollback();
        }

        assertThat(db.from(Customer.class).count()).isEqualTo(2);
        assertThat(db.get(Customer.class, 1L).getEmail()).isEqualTo("ann@old.io");
    }

    @Test
    void insideATransactionTheSessionIsASavepoint(Database db) {
        db.useTransaction(tx -> {
            try (Session session = db.openSession()) {
                session.add(new Customer("bob", "bob@x.io"));
                session.flush();
                session.rollback();                                              // undoes only the session
            }
            try (Session session = db.openSession()) {
                session.add(new Customer("carl", "carl@x.io"));
                session.commit();                                                // releases its savepoint
            }
            tx.insert(new Customer("dora", null));
        });

        assertThat(db.from(Customer.class).orderBy(Col.of("name").asc()).list()).extracting(Customer::getName)
                .containsExactly("ann", "carl", "dora");
    }

    @Test
    void aSessionBelongsToItsThreadAndEndsWhenClosed(Database db) {
        Session session = db.openSession();
        Throwable fromOther = CompletableFuture.runAsync(() -> session.get(Customer.class, 1L))
                .handle((ok, failure) -> failure).join();
        session.close();

        assertThat(fromOther).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("thread");
        assertThatThrownBy(() -> session.get(Customer.class, 1L)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        try (Session fresh = db.openSession()) {
            assertThatThrownBy(() -> fresh.get(Customer.class, 99L)).isInstanceOf(NotFoundException.class);
        }
    }

    private static void lockNoWait(Connection other) throws SQLException {
        other.setAutoCommit(false);
        try (Statement statement = other.createStatement()) {
            statement.execute("select * from s_customer where id = 1 for update nowait");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
