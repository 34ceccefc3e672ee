package dev.tusk.query.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.TuskException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code stream()}: rows read through a server-side cursor, a fetch size at a time, holding a pool
 * connection until the stream is closed, and giving it back however the stream ends. The kit's leak
 * check after each test fails any test that leaves a connection out.
 */
@TuskTest
class StreamTest {
    private static final int MILLION = 1_000_000;

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute("""
                create table line (id integer not null, body text not null);
                insert into line select g, md5(g::text) from generate_series(1, 1000000) g;
                create sequence produced;
                create view probed_line as select id, body, nextval('produced') as produced from line where id <= 10000;
                create table short_line (id integer not null);
                insert into short_line select g from generate_series(1, 10000) g;
                create view fragile_line as select id, 100 / (id - 5000) as ratio from short_line;
                """);
    }

    @Test
    void streamsAMillionRowsHoldingOnlyACounter(Database db) {
        AtomicLong count = new AtomicLong();
        AtomicLong idSum = new AtomicLong();

        try (Stream<Line> lines = db.from(Line.class).stream(500)) {
            lines.forEach(line -> {
                count.incrementAndGet();
                idSum.addAndGet(line.id());
            });
        }

        assertThat(count.get()).isEqualTo(MILLION);
        assertThat(idSum.get()).isEqualTo((long) MILLION * (MILLION + 1) / 2);
    }

    @Test
    void serverProducesRowsOnlyAsTheCursorIsFetched(Database db, TestDatabase test) throws SQLException {
        try (Connection observer = test.connection()) {
            long before = producedSoFar(observer);
            try (Stream<ProbedLine> lines = db.from(ProbedLine.class).stream(100)) {
                Iterator<ProbedLine> rows = lines.iterator();
                for (int read = 0; read < 150; read++) {
                    rows.next();
                }
                long produced = producedSoFar(observer) - before;

                // two fetches of 100 so far, not the view's 10,000 rows
                assertThat(produced).isBetween(150L, 200L);
                long rest = 0;
                while (rows.hasNext()) {
                    rows.next();
                    rest++;
                }
                assertThat(150 + rest).isEqualTo(10_000);
            }
            assertThat(producedSoFar(observer) - before).isEqualTo(10_000);
        }
    }

    @Test
    void streamHoldsItsConnectionUntilClosed(Database db, TestDatabase test) throws SQLException {
        try (Connection observer = test.connection()) {
            Stream<Line> lines = db.from(Line.class).orderBy(Line_.id.asc()).stream(10);
            try {
                assertThat(lines.iterator().next().id()).isEqualTo(1);
                assertThat(openTransactions(observer)).isEqualTo(1);
            } finally {
                lines.close();
            }
            assertThat(openTransactions(observer)).isZero();
        }
    }

    @Test
    void exceptionThrownByTheConsumerMidStreamStillReleasesTheConnection(Database db, TestDatabase test)
            throws SQLException {
        AtomicLong seen = new AtomicLong();

        assertThatThrownBy(() -> {
            try (Stream<Line> lines = db.from(Line.class).stream(100)) {
                lines.forEach(line -> {
                    if (seen.incrementAndGet() == 250) {
                        throw new IllegalStateException("consumer gave up");
                    }
                });
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("consumer gave up");

        assertThat(seen.get()).isEqualTo(250);
        assertEveryPoolConnectionCanBeBorrowed(db);
        try (Connection observer = test.connection()) {
            assertThat(openTransactions(observer)).isZero();
        }
    }

    @Test
    void serverErrorMidStreamArrivesAfterTheRowsBeforeItAndReleasesTheConnection(Database db) {
        List<Integer> delivered = new ArrayList<>();

        assertThatThrownBy(() -> {
            try (Stream<FragileLine> lines = db.from(FragileLine.class).stream(100)) {
                lines.forEach(line -> delivered.add(line.id()));
            }
        }).isInstanceOf(TuskException.class).hasMessageContaining("division by zero");

        // the failing row is the 5,000th: the fetches before the one that failed came through first
        assertThat(delivered).hasSizeBetween(4_900, 4_999);
        assertThat(delivered.getLast()).isEqualTo(delivered.size());
        assertEveryPoolConnectionCanBeBorrowed(db);
    }

    @Test
    void streamsClosedEarlyGiveTheirConnectionsBack(Database db) {
        for (int round = 0; round < 10; round++) {
            try (Stream<Line> lines = db.from(Line.class).stream(50)) {
                assertThat(lines.limit(3).count()).isEqualTo(3);
            }
        }
        assertEveryPoolConnectionCanBeBorrowed(db);
    }

    @Test
    void streamFollowsTheQueryFiltersAndOrder(Database db) {
        try (Stream<Line> lines = db.from(Line.class).where(Line_.id.lte(2_000)).orderBy(Line_.id.desc()).stream(64)) {
            List<Integer> ids = lines.map(Line::id).toList();

            assertThat(ids).hasSize(2_000);
            assertThat(ids.get(0)).isEqualTo(2_000);
            assertThat(ids.get(1_999)).isEqualTo(1);
        }
    }

    @Test
    void fetchSizeBelowOneIsRefused(Database db) {
        assertThatThrownBy(() -> db.from(Line.class).stream(0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("fetchSize must be at least 1, got 0");
    }

    /**
     * Opens as many streams at once as the class pool has connections (4), then closes them: a
     * connection an earlier stream kept would make the last one wait for the pool's 10 s timeout and fail.
     */
    private static void assertEveryPoolConnectionCanBeBorrowed(Database db) {
        List<Stream<Line>> open = new ArrayList<>();
        try {
            for (int stream = 0; stream < 4; stream++) {
                Stream<Line> lines = db.from(Line.class).stream(1);
                open.add(lines);
                assertThat(lines.iterator().next()).isNotNull();
            }
        } finally {
            open.forEach(Stream::close);
        }
        assertThat(open).hasSize(4);
    }

    private static long producedSoFar(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement();
             ResultSet rows = statement.executeQuery("select last_value, is_called from produced")) {
            rows.next();
            return rows.getBoolean(2) ? rows.getLong(1) : 0;
        }
    }

    /** Sessions of this database other than the observer's that are inside a transaction. */
    private static long openTransactions(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where datname = "
                     + "current_database() and pid <> pg_backend_pid() and xact_start is not null")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
