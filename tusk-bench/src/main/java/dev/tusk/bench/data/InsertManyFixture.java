package dev.tusk.bench.data;

import dev.tusk.bench.env.BenchEnvironment;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * W2's fixture, shared by every library's W2 class (JMH runs the inherited setups): {@link #rows}
 * generated items, the table emptied before every invocation and checked after it, outside the
 * timing. A library keeps what its invocation returned and checks the keys in {@link #checkKeys}.
 */
@State(Scope.Benchmark)
public abstract class InsertManyFixture {
    @Param("10000")
    public int rows;

    protected BenchEnvironment environment;
    protected List<Item> items;
    private ItemDigest expected;

    @Setup(Level.Trial)
    public void openFixture() {
        environment = BenchEnvironment.current();
        ItemTable.prepare(environment);
        items = Items.generate(rows);
        expected = ItemDigest.of(items);
        openLibrary();
    }

    @Setup(Level.Invocation)
    public void emptyTable() {
        forgetSaved();
        ItemTable.reset(environment);
    }

    @TearDown(Level.Invocation)
    public void checkResult(BenchmarkParams params) {
        String contender = params.getBenchmark();
        ItemTable.expectContent(environment, expected, contender);
        checkKeys(contender);
    }

    /** Opens what the library needs, once per trial, after the fixture (its pool, its bootstrap). */
    protected void openLibrary() {
    }

    /** Forgets the previous invocation's result. */
    protected abstract void forgetSaved();

    /** Throws unless the last invocation returned every item with its key ({@link ItemTable#expectKeys}). */
    protected abstract void checkKeys(String contender);
}
