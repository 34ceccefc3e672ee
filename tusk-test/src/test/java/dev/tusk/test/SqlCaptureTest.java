package dev.tusk.test;

import dev.tusk.Database;
import dev.tusk.exec.StatementEvent;
import dev.tusk.render.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlCaptureTest {

    private static StatementEvent event(String sql, Object... params) {
        return new StatementEvent("sql", null, SqlStatement.of(sql, params), 1, -1, -1, -1);
    }

    private static void executed(SqlCapture capture, String sql, Object... params) {
        StatementEvent rendered = event(sql, params);
        capture.rendered(rendered);
        StatementEvent done = rendered.executedWith(1, 1_000);
        capture.executed(done);
        capture.mapped(done.mappedIn(500));
    }

    @Test
    void duringRecordsExecutedAndFailedStatementsOfTheBlockOnly() {
        SqlCapture capture = new SqlCapture();
        executed(capture, "select 'before'");

        List<CapturedStatement> sent = capture.during(() -> {
            executed(capture, "select * from users where id = ?", 7L);
            capture.failed(event("insert into users values (?)", (Object) null), new IllegalStateException("boom"));
        });
        executed(capture, "select 'after'");

        assertThat(sent).containsExactly(
                new CapturedStatement("select * from users where id = ?", List.of(7L), 1, 1, false),
                new CapturedStatement("insert into users values (?)", java.util.Arrays.asList((Object) null), 1, -1, true));
        assertThat(capture.isActive()).isFalse();
    }

    @Test
    void duringLetsTheBlockExceptionThroughAndStopsRecording() {
        SqlCapture capture = new SqlCapture();

        assertThatThrownBy(() -> capture.during(() -> {
            throw new java.io.IOException("from the block");
        })).isInstanceOf(java.io.IOException.class).hasMessage("from the block");
        assertThat(capture.isActive()).isFalse();
    }

    @Test
    void startStopRecordsBetweenAndClearForgets() {
        SqlCapture capture = new SqlCapture();
        executed(capture, "select 1");
        capture.start();
        executed(capture, "select 2");
        List<CapturedStatement> inner = capture.during(() -> executed(capture, "select 3"));
        capture.stop();
        executed(capture, "select 4");

        assertThat(capture.statements()).extracting(CapturedStatement::sql).containsExactly("select 2", "select 3");
        assertThat(inner).extracting(CapturedStatement::sql).containsExactly("select 3");
        capture.clear();
        assertThat(capture.statements()).isEmpty();
    }

    @Test
    void recordsStatementsFromManyThreadsWithoutLosingAny() throws Exception {
        SqlCapture capture = new SqlCapture();
        int threads = 8;
        int perThread = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        List<CapturedStatement> sent;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            sent = capture.during(() -> {
                List<Future<?>> done = new ArrayList<>();
                for (int thread = 0; thread < threads; thread++) {
                    int id = thread;
                    done.add(pool.submit(() -> {
                        go.await();
                        for (int count = 0; count < perThread; count++) {
                            executed(capture, "select ?", id);
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> future : done) {
                    future.get();
                }
            });
        }
        assertThat(sent).hasSize(threads * perThread);
    }

    /** End to end: statements the class Database really sends reach the resolved capture. */
    @TuskTest
    @org.junit.jupiter.api.Nested
    class ThroughTheClassDatabase {
        @Test
        void capturesWhatDatabaseSends(Database db, SqlCapture capture) {
            List<CapturedStatement> sent = capture.during(() -> {
                db.sql("create table captured (id int)").execute();
                db.sql("insert into captured values (?), (?)").bind(1, 10).bind(2, 20).execute();
            });

            assertThat(sent).extracting(CapturedStatement::sql)
                    .containsExactly("create table captured (id int)", "insert into captured values (?), (?)");
            assertThat(sent.get(1).params()).containsExactly(10, 20);
            assertThat(sent.get(1).rowCount()).isEqualTo(2);
        }

        @Test
        void capturesAFailedStatement(Database db, SqlCapture capture) {
            List<CapturedStatement> sent = new ArrayList<>();
            capture.start();
            assertThatThrownBy(() -> db.sql("select * from no_such_table").rows()).isInstanceOf(RuntimeException.class);
            capture.stop();
            sent.addAll(capture.statements());

            assertThat(sent).singleElement().satisfies(statement -> {
                assertThat(statement.failed()).isTrue();
                assertThat(statement.sql()).isEqualTo("select * from no_such_table");
            });
        }
    }
}
