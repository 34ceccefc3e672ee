package dev.tusk.bench.graph;

import dev.tusk.bench.harness.Bar;
import dev.tusk.bench.harness.Contender;
import dev.tusk.bench.harness.Role;
import dev.tusk.bench.harness.Timing;
import dev.tusk.bench.harness.Workload;
import java.time.Duration;
import dev.tusk.bench.harness.Library;
import dev.tusk.bench.peer.Libraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The object-graph workloads with their contenders and DESIGN section 6 bars. */
public final class GraphWorkloads {
    private GraphWorkloads() {
    }

    /** W6: 100 authors with 10 posts each; bar: within 1.20x of hand-written two-query JDBC. */
    public static Workload authorsWithPosts() {
        Class<?> benchmark = AuthorsWithPostsBenchmark.class;
        List<Contender> contenders = new ArrayList<>(List.of(
                new Contender("raw", benchmark, "rawTwoQueries", Role.BASELINE),
                new Contender("raw again", benchmark, "rawTwoQueries", Role.NOISE_FLOOR),
                new Contender(Libraries.TUSK, benchmark, "tuskPrefetch", Role.SUBJECT)));
        for (Library peer : Libraries.peers()) {
            contenders.add(peer.onCatalog("w6AuthorsWithPosts"));
        }
        return new Workload("W6", "100 authors with their 10 posts each, as records (no N+1)", Map.of(),
                Timing.averaged(1, 4, Duration.ofMillis(60)), contenders, List.of(new Bar(Libraries.TUSK, 1.20)));
    }
}
