package dev.tusk.bench.bulk;

import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.ItemDigest;
import dev.tusk.bench.data.ItemTable;
import dev.tusk.bench.data.Items;
import dev.tusk.bench.env.BenchEnvironment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * COPY: load {@link #rows} items into an empty table with binary {@code COPY}, Tusk's
 * {@code db.copy} against {@link RawBinaryCopy}, pgjdbc's {@code CopyManager} fed by a hand-written
 * encoder. Neither returns generated keys. Timed per invocation; emptying and checking the table are not.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CopyBenchmark {
    @Param({"10000", "100000"})
    public int rows;

    private BenchEnvironment environment;
    private List<Item> items;
    private ItemDigest expected;
    private long reported;

    @Setup(Level.Trial)
    public void openTrial() {
        environment = BenchEnvironment.current();
        ItemTable.prepare(environment);
        items = Items.generate(rows);
        expected = ItemDigest.of(items);
    }

    @Setup(Level.Invocation)
    public void emptyTable() {
        reported = -1;
        ItemTable.reset(environment);
    }

    @TearDown(Level.Invocation)
    public void checkResult(BenchmarkParams params) {
        String contender = params.getBenchmark();
        ItemTable.expectContent(environment, expected, contender);
        if (reported != rows) {
            throw new IllegalStateException(contender + " reported " + reported + " rows copied, expected " + rows);
        }
    }

    /** Tusk: one call, binary COPY planned from the entity model. */
    @Benchmark
    public long tuskCopy() {
        reported = environment.tusk().copy(Item.class, items);
        return reported;
    }

    /** pgjdbc {@code CopyManager.copyIn} with the hand-written binary encoder. */
    @Benchmark
    public long rawCopy() throws SQLException {
        try (Connection connection = environment.rawPool().getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(RawBinaryCopy.SQL);
            try {
                RawBinaryCopy.write(copy, items);
                reported = copy.endCopy();
                return reported;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }
}
