package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.mapping.Row;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows stream to the server while they are generated: a lazy source is read once and never collected. */
@TuskTest
class CopyStreamingTest {
    static final int MILLION = 1_000_000;

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create type copy_mood as enum ('HAPPY', 'so-so', 'GRUMPY');
                create table copy_item (id bigserial primary key, name text not null, quantity integer not null,
                    price numeric(12,2), created_at timestamptz not null default now());
                create table copy_note (id bigserial primary key, ref uuid not null, body text, day date,
                    tags text[], mood text, status text not null default 'draft');
                """);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate copy_item, copy_note");
    }

    @Test
    void millionLazilyGeneratedRecordsAreCopiedWhileTheStreamRuns(Database db, TestDatabase database) {
        AtomicLong generated = new AtomicLong();
        AtomicLong storedMidway = new AtomicLong(-1);
        Stream<CopyItem> rows = LongStream.range(0, MILLION)
                .mapToObj(index -> CopyItem.of("item-" + index, (int) (index % 1000)));

        long copied = db.copy(CopyItem.class, rows.peek(item -> {
            if (generated.incrementAndGet() == MILLION * 3 / 4) {
                storedMidway.set(rowsTheServerHasTaken(database));
            }
        }));

        assertThat(copied).isEqualTo(MILLION);
        Row totals = db.sql("select count(*) as rows, sum(quantity) as quantity, count(distinct name) as names"
                + " from copy_item").one();
        assertThat(totals.get("rows", Long.class)).isEqualTo(MILLION);
        assertThat(totals.get("quantity", Long.class)).isEqualTo(1000L * 999 / 2 * (MILLION / 1000));
        assertThat(totals.get("names", Long.class)).isEqualTo(MILLION);
        if (database.serverVersion() >= 14) { // pg_stat_progress_copy
            assertThat(storedMidway.get()).as("rows the server had processed when 3/4 of them were generated")
                    .isPositive();
        }
    }

    @Test
    void classesCopyFromAnIteratorReadOnce(Database db) {
        CountingNotes notes = new CountingNotes(10_000);

        long copied = db.copy(CopyNote.class, notes);

        assertThat(copied).isEqualTo(10_000);
        assertThat(notes.handedOut).isEqualTo(10_000);
        assertThat(db.sql("select count(*) from copy_note where status = 'draft' and tags = array['t', 'u']")
                .one(Long.class)).isEqualTo(10_000);
    }

    @Test
    void iterableStreamAndIteratorFormsCopyTheSameRows(Database db) {
        List<CopyItem> items = List.of(CopyItem.of("a", 1), CopyItem.of("b", 2));

        long fromList = db.copy(CopyItem.class, items);
        long fromStream = db.copy(CopyItem.class, items.stream());
        long fromIterator = db.copy(CopyItem.class, items.iterator());

        assertThat(List.of(fromList, fromStream, fromIterator)).containsOnly(2L);
        assertThat(db.sql("select name from copy_item order by id").list(String.class))
                .containsExactly("a", "b", "a", "b", "a", "b");
    }

    @Test
    void emptyInputCopiesNothingAndSendsNoSql(Database db, SqlCapture capture) {
        assertThat(capture.during(() -> assertThat(db.copy(CopyItem.class, List.of())).isZero())).isEmpty();
        assertThat(capture.during(() -> assertThat(db.copy(CopyNote.class, Stream.empty())).isZero())).isEmpty();
    }

    /** How many rows running COPYs have processed, asked on a separate connection. */
    private static long rowsTheServerHasTaken(TestDatabase database) {
        if (database.serverVersion() < 14) {
            return -1;
        }
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet progress = statement.executeQuery(
                     "select coalesce(sum(tuples_processed), 0) from pg_stat_progress_copy")) {
            progress.next();
            return progress.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Makes notes on demand and counts them, so the test sees each was asked for once. */
    private static final class CountingNotes implements Iterator<CopyNote> {
        private final int count;
        private int handedOut;

        CountingNotes(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return handedOut < count;
        }

        @Override
        public CopyNote next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            handedOut++;
            return new CopyNote("note " + handedOut, LocalDate.of(2024, 1, 1).plusDays(handedOut % 365),
                    List.of("t", "u"), Mood.SO_SO);
        }
    }
}
