package dev.tusk.bench.catalog;

import dev.tusk.bench.harness.Bar;
import dev.tusk.bench.harness.Contender;
import dev.tusk.bench.harness.Library;
import dev.tusk.bench.harness.Role;
import dev.tusk.bench.harness.Timing;
import dev.tusk.bench.harness.Workload;
import dev.tusk.bench.peer.Libraries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The catalogue workloads with every library's contender and the DESIGN section 6 bars. */
public final class CatalogWorkloads {
    private static final double BAR = 1.10;
    private static final Timing SHORT = Timing.averaged(1, 4, Duration.ofMillis(60));
    private static final Timing LONG = Timing.averaged(1, 4, Duration.ofMillis(200));

    private CatalogWorkloads() {
    }

    public static Workload insertOne() {
        return workload("W1", "insert one row in its own transaction, generated key returned", "w1InsertOne", SHORT);
    }

    public static Workload findByKey() {
        return workload("W3", "select one row by primary key into an object", "w3FindByKey", SHORT);
    }

    public static Workload loadRange() {
        return workload("W4", "select 1,000 rows (a key range, ordered) into objects", "w4LoadRange", SHORT);
    }

    public static Workload updateByKey() {
        return workload("W5", "update one row by primary key (a held object renamed), own transaction", "w5UpdateByKey",
                SHORT);
    }

    public static Workload filteredPage() {
        return workload("W7", "a filtered page of 20 rows ordered by key, plus the count of all matches", "w7FilteredPage",
                SHORT);
    }

    public static Workload virtualThreads() {
        return workload("W8", "64 virtual threads doing 10 W3 lookups each on a pool of 10 (one operation: all 640)",
                "w8VirtualThreads", LONG);
    }

    private static Workload workload(String id, String title, String method, Timing timing) {
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender("raw", RawBenchmark.class, method, Role.BASELINE));
        contenders.add(new Contender("raw again", RawBenchmark.class, method, Role.NOISE_FLOOR));
        contenders.add(new Contender(Libraries.TUSK, TuskBenchmark.class, method, Role.SUBJECT));
        for (Library peer : Libraries.peers()) {
            contenders.add(peer.onCatalog(method));
        }
        return new Workload(id, title, Map.of(), timing, contenders, List.of(new Bar(Libraries.TUSK, BAR)));
    }
}
