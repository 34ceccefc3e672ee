package dev.tusk.bench.bulk;

import dev.tusk.bench.harness.Bar;
import dev.tusk.bench.harness.Contender;
import dev.tusk.bench.harness.Role;
import dev.tusk.bench.harness.Timing;
import dev.tusk.bench.harness.Workload;
import dev.tusk.bench.harness.Library;
import dev.tusk.bench.peer.Libraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bulk workloads with their contenders and DESIGN section 6 bars. */
public final class BulkWorkloads {
    private static final String TUSK = Libraries.TUSK;
    private static final String RAW = "raw";
    /** W2's trials take seconds each (seven contenders, a table emptied and checked per invocation). */
    private static final int INSERT_ROUNDS = 5;

    private BulkWorkloads() {
    }

    /** W2: 10,000 rows; bar: {@code insertAll} no slower than raw batching that also returns the keys. */
    public static Workload insertTenThousand() {
        Class<?> benchmark = InsertManyBenchmark.class;
        List<Contender> contenders = new ArrayList<>(List.of(
                new Contender(RAW, benchmark, "rawBatchReturningKeys", Role.BASELINE),
                new Contender("raw again", benchmark, "rawBatchReturningKeys", Role.NOISE_FLOOR),
                new Contender("raw, no keys", benchmark, "rawBatch", Role.REFERENCE),
                new Contender(TUSK, benchmark, "tuskInsertAll", Role.SUBJECT)));
        for (Library peer : Libraries.peers()) {
            contenders.add(new Contender(peer.label(), peer.insertMany(), "w2InsertAll", Role.SUBJECT));
        }
        return new Workload("W2", "insert 10,000 rows in one transaction, generated keys returned",
                Map.of("rows", "10000"), Timing.singleShot(1, 2),
                contenders,
                List.of(new Bar(TUSK, 1.00))).withRounds(INSERT_ROUNDS);
    }

    /** COPY of 10,000 rows; bar: within 1.10x of the hand-written binary COPY. */
    public static Workload copyTenThousand() {
        return copy("COPY-10K", 10_000, 1, 3);
    }

    /** COPY of 100,000 rows; fewer invocations per round, each takes ten times as long. */
    public static Workload copyHundredThousand() {
        return copy("COPY-100K", 100_000, 1, 2).withRounds(INSERT_ROUNDS);
    }

    private static Workload copy(String id, int rows, int warmups, int measurements) {
        Class<?> benchmark = CopyBenchmark.class;
        return new Workload(id, "binary COPY of %,d rows, no keys returned".formatted(rows),
                Map.of("rows", Integer.toString(rows)), Timing.singleShot(warmups, measurements),
                List.of(new Contender(RAW, benchmark, "rawCopy", Role.BASELINE),
                        new Contender("raw again", benchmark, "rawCopy", Role.NOISE_FLOOR),
                        new Contender(TUSK, benchmark, "tuskCopy", Role.SUBJECT)),
                List.of(new Bar(TUSK, 1.10)));
    }
}
