package dev.tusk.bench;

import dev.tusk.bench.bulk.BulkWorkloads;
import dev.tusk.bench.catalog.CatalogWorkloads;
import dev.tusk.bench.graph.GraphWorkloads;
import dev.tusk.bench.env.BenchEnvironment;
import dev.tusk.bench.heap.CopyHeap;
import dev.tusk.bench.harness.AllocationProfile;
import dev.tusk.bench.harness.InterleavedRunner;
import dev.tusk.bench.harness.MachineLoad;
import dev.tusk.bench.harness.MarkdownReport;
import dev.tusk.bench.harness.RunFacts;
import dev.tusk.bench.harness.Workload;
import dev.tusk.bench.harness.WorkloadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postgresql.util.DriverInfo;

/**
 * Runs the suite and prints the markdown report on standard output (progress on standard error).
 *
 * <pre>
 * java -jar tusk-bench/target/benchmarks.jar [--rounds 6] [--seed 1] [--only W3,W4,HEAP] [--out report.md]
 * </pre>
 *
 * Against a running server instead of the embedded one: {@code TUSK_BENCH_URL=postgresql://user:pass@host/db}.
 */
public final class BenchMain {
    private static final int DEFAULT_ROUNDS = 8;
    /** The workloads whose allocation per operation is reported (DESIGN section 6, issue 7). */
    private static final Set<String> ALLOCATION_PROFILED = Set.of("W3", "W4");
    /** The pseudo-workload of {@code --only} that selects the copy heap probe. */
    private static final String HEAP = "HEAP";

    private BenchMain() {
    }

    /** Every workload of the suite, in report order. */
    static List<Workload> suite() {
        return List.of(CatalogWorkloads.insertOne(), BulkWorkloads.insertTenThousand(), CatalogWorkloads.findByKey(),
                CatalogWorkloads.loadRange(), CatalogWorkloads.updateByKey(), GraphWorkloads.authorsWithPosts(),
                CatalogWorkloads.filteredPage(), CatalogWorkloads.virtualThreads(), BulkWorkloads.copyTenThousand(),
                BulkWorkloads.copyHundredThousand());
    }

    public static void main(String[] arguments) throws IOException, InterruptedException {
        quietLogging();
        Options options = Options.parse(arguments);
        List<Workload> workloads = options.select(suite());
        String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        List<Double> loads = new ArrayList<>();
        List<WorkloadResult> results = new ArrayList<>();
        Map<String, Map<String, Double>> allocations = new LinkedHashMap<>();
        List<String> heapLines = List.of();
        String server;
        try {
            BenchEnvironment environment = BenchEnvironment.current();
            server = environment.target().label() + ", PostgreSQL " + environment.serverVersion();
            InterleavedRunner runner = new InterleavedRunner(options.rounds(), options.roundsForced(), options.seed(),
                    System.err);
            for (Workload workload : workloads) {
                MachineLoad.oneMinute().ifPresent(loads::add);
                results.add(runner.run(workload));
            }
            MachineLoad.oneMinute().ifPresent(loads::add);
            for (Workload workload : workloads) {
                if (ALLOCATION_PROFILED.contains(workload.id())) {
                    allocations.put(workload.id(), AllocationProfile.measure(workload, System.err));
                }
            }
            if (options.heapProbe()) {
                System.err.println("copy heap probe: a child JVM with a 64 MB heap copies 10,000, 100,000 and 1,000,000 rows");
                heapLines = CopyHeap.measure(environment).stream().map(BenchMain::heapLine).toList();
            }
        } finally {
            BenchEnvironment.closeCurrent();
        }
        String libraries = "pgjdbc " + DriverInfo.DRIVER_VERSION
                + ", HikariCP " + RunFacts.mavenVersion("com.zaxxer", "HikariCP")
                + ", Hibernate ORM " + org.hibernate.Version.getVersionString()
                + ", jOOQ " + RunFacts.mavenVersion("org.jooq", "jooq")
                + ", JDBI " + RunFacts.mavenVersion("org.jdbi", "jdbi3-core")
                + ", JMH " + RunFacts.mavenVersion("org.openjdk.jmh", "jmh-core");
        RunFacts facts = new RunFacts(started, RunFacts.currentJdk(), server, libraries,
                Runtime.getRuntime().availableProcessors(), options.rounds(), options.seed(), loads);
        String report = MarkdownReport.render(facts, results, allocations, heapLines);
        System.out.print(report);
        if (options.out() != null) {
            Files.writeString(options.out(), report);
        }
    }

    private static String heapLine(CopyHeap.Figure figure) {
        String afterCollections = figure.collections() == 0 ? "no collection ran"
                : String.format(Locale.ROOT, "%.1f MB", figure.maxAfterGc() / 1e6);
        return String.format(Locale.ROOT, "| %,d | %d | %.1f MB | %s |", figure.rows(), figure.collections(),
                figure.baseline() / 1e6, afterCollections);
    }

    /** HikariCP and the embedded server log their start at INFO; the report is what matters here. */
    private static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // jOOQ's open-source edition warns once that PostgreSQL 17 is older than the newest it targets
        System.setProperty("org.slf4j.simpleLogger.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport", "error");
    }

    /** The command line. */
    record Options(int rounds, boolean roundsForced, long seed, Set<String> only, Path out) {

        static Options parse(String[] arguments) {
            int rounds = DEFAULT_ROUNDS;
            boolean roundsForced = false;
            long seed = System.nanoTime();
            Set<String> only = Set.of();
            Path out = null;
            for (int index = 0; index < arguments.length; index++) {
                String name = arguments[index];
                if (index + 1 >= arguments.length) {
                    throw usage("missing value after " + name);
                }
                String value = arguments[++index];
                switch (name) {
                    case "--rounds" -> {
                        rounds = Integer.parseInt(value);
                        roundsForced = true;
                    }
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--only" -> only = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                    case "--out" -> out = Path.of(value);
                    default -> throw usage("unknown option " + name);
                }
            }
            return new Options(rounds, roundsForced, seed, only, out);
        }

        List<Workload> select(List<Workload> suite) {
            if (only.isEmpty()) {
                return suite;
            }
            List<Workload> selected = suite.stream().filter(workload -> only.contains(workload.id())).toList();
            if (selected.size() + (only.contains(HEAP) ? 1 : 0) != only.size()) {
                throw usage("--only takes workload ids from " + suite.stream().map(Workload::id).toList() + " and " + HEAP
                        + ", got " + only);
            }
            return selected;
        }

        /** The heap probe runs in a full run, or when {@code --only} names {@value #HEAP}. */
        boolean heapProbe() {
            return only.isEmpty() || only.contains(HEAP);
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException(problem
                    + ". Usage: java -jar benchmarks.jar [--rounds N] [--seed S] [--only W1,W2,...,COPY-100K,HEAP] [--out FILE]");
        }
    }
}
