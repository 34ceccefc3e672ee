package dev.tusk.test;

import dev.tusk.exec.StatementEvent;
import dev.tusk.exec.StatementListener;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records the statements a {@link dev.tusk.Database} sends, for tests whose point is the SQL:
 * how many queries ran (N+1), their shape ({@code = ANY(?)}), their parameters. Statements are
 * recorded when the server answered ({@link StatementListener#executed}) or refused
 * ({@link StatementListener#failed}), from any thread, and only while a recording is active.
 *
 * <pre>{@code
 * @TuskTest
 * class PrefetchTest {
 *     @Test
 *     void prefetchSendsOneQueryPerLevel(Database db, SqlCapture capture) {
 *         List<CapturedStatement> sent = capture.during(() -> db.from(User.class).prefetch(User_.posts).list());
 *         assertThat(sent).hasSize(2);
 *         assertThat(sent.get(1).sql()).contains("= ANY(?)");
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #during} records one block and may run inside a {@link #start()}/{@link #stop()}
 * recording or beside others on other threads: each recording sees every statement sent while it
 * is open. The test kit calls {@link #reset()} after every test, so a recording never carries over.
 */
public final class SqlCapture implements StatementListener {

    // Recordings compare by identity: two empty lists are equal, two recordings are not.
    private final List<Recording> openRecordings = new CopyOnWriteArrayList<>();
    private final Recording manual = new Recording();
    private final AtomicBoolean manualActive = new AtomicBoolean();

    /** Code run while recording; may throw what the code under test throws. */
    @FunctionalInterface
    public interface Block<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code block} and returns the statements sent meanwhile, in order; the exception of the block, if any, passes through. */
    public <E extends Exception> List<CapturedStatement> during(Block<E> block) throws E {
        Objects.requireNonNull(block, "block");
        Recording recording = new Recording();
        openRecordings.add(recording);
        try {
            block.run();
        } finally {
            openRecordings.remove(recording);
        }
        return List.copyOf(recording.statements);
    }

    /** Starts recording into {@link #statements()} (kept until {@link #clear()}); no effect if already started. */
    public void start() {
        if (manualActive.compareAndSet(false, true)) {
            openRecordings.add(manual);
        }
    }

    /** Stops the recording begun by {@link #start()}; what was recorded stays. */
    public void stop() {
        if (manualActive.compareAndSet(true, false)) {
            openRecordings.remove(manual);
        }
    }

    /** A copy of what {@link #start()} recorded so far. */
    public List<CapturedStatement> statements() {
        return List.copyOf(manual.statements);
    }

    /** Forgets what {@link #start()} recorded; recording goes on if started. */
    public void clear() {
        manual.statements.clear();
    }

    /** Whether anything is recording now. */
    public boolean isActive() {
        return !openRecordings.isEmpty();
    }

    /** Stops and clears; the kit calls it after each test. */
    void reset() {
        stop();
        clear();
    }

    @Override
    public void executed(StatementEvent event) {
        record(event, false);
    }

    @Override
    public void failed(StatementEvent event, RuntimeException error) {
        record(event, true);
    }

    private void record(StatementEvent event, boolean failed) {
        if (openRecordings.isEmpty()) {
            return;
        }
        CapturedStatement statement = new CapturedStatement(event.statement().sql(), event.statement().params(),
                event.batchSize(), failed ? -1 : event.rowCount(), failed);
        for (Recording recording : openRecordings) {
            recording.statements.add(statement);
        }
    }

    @Override
    public String toString() {
        return "SqlCapture[" + (manualActive.get() ? "recording, " : "") + manual.statements.size() + " recorded]";
    }

    private static final class Recording {
        // lock-free appends from any thread, in arrival order
        final Queue<CapturedStatement> statements = new ConcurrentLinkedQueue<>();
    }
}
