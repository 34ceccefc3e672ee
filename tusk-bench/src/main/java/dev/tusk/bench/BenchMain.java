package dev.tusk.bench;

import dev.tusk.bench.bulk.BulkWorkloads;
import dev.tusk.bench.graph.GraphWorkloads;
import dev.tusk.bench.env.BenchEnvironment;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.util.DriverInfo;

/**
 * Runs the suite and prints the markdown report on standard output (progress on standard error).
 *
 * <pre>
 * java -jar tusk-bench/target/benchmarks.jar [--rounds 15] [--seed 1] [--only W2,COPY-10K] [--out report.md]
 * </pre>
 *
 * Against a running server instead of the embedded one: {@code TUSK_BENCH_URL=postgresql://user:pass@host/db}.
 */
public final class BenchMain {
    private static final int DEFAULT_ROUNDS = 15;

    private BenchMain() {
    }

    /** Every workload of the suite, in report order. */
    static List<Workload> suite() {
        return List.of(BulkWorkloads.insertTenThousand(), BulkWorkloads.copyTenThousand(),
                BulkWorkloads.copyHundredThousand(), GraphWorkloads.authorsWithPosts());
    }

    public static void main(String[] arguments) throws IOException {
        quietLogging();
        Options options = Options.parse(arguments);
        List<Workload> workloads = options.select(suite());
        String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        List<Double> loads = new ArrayList<>();
        List<WorkloadResult> results = new ArrayList<>();
        String server;
        try {
            BenchEnvironment environment = BenchEnvironment.current();
            server = environment.target().label() + ", PostgreSQL " + environment.serverVersion();
            InterleavedRunner runner = new InterleavedRunner(options.rounds(), options.seed(), System.err);
            for (Workload workload : workloads) {
                MachineLoad.oneMinute().ifPresent(loads::add);
                results.add(runner.run(workload));
            }
            MachineLoad.oneMinute().ifPresent(loads::add);
        } finally {
            BenchEnvironment.closeCurrent();
        }
        String libraries = "pgjdbc " + DriverInfo.DRIVER_VERSION
                + ", HikariCP " + RunFacts.mavenVersion("com.zaxxer", "HikariCP")
                + ", JMH " + RunFacts.mavenVersion("org.openjdk.jmh", "jmh-core");
        RunFacts facts = new RunFacts(started, RunFacts.currentJdk(), server, libraries,
                Runtime.getRuntime().availableProcessors(), options.rounds(), options.seed(), loads);
        String report = MarkdownReport.render(facts, results);
        System.out.print(report);
        if (options.out() != null) {
            Files.writeString(options.out(), report);
        }
    }

    /** HikariCP and the embedded server log their start at INFO; the report is what matters here. */
    private static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** The command line. */
    record Options(int rounds, long seed, Set<String> only, Path out) {

        static Options parse(String[] arguments) {
            int rounds = DEFAULT_ROUNDS;
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
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--only" -> only = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                    case "--out" -> out = Path.of(value);
                    default -> throw usage("unknown option " + name);
                }
            }
            return new Options(rounds, seed, only, out);
        }

        List<Workload> select(List<Workload> suite) {
            if (only.isEmpty()) {
                return suite;
            }
            List<Workload> selected = suite.stream().filter(workload -> only.contains(workload.id())).toList();
            if (selected.size() != only.size()) {
                throw usage("--only takes workload ids from " + suite.stream().map(Workload::id).toList() + ", got " + only);
            }
            return selected;
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException(problem
                    + ". Usage: java -jar benchmarks.jar [--rounds N] [--seed S] [--only W2,COPY-10K,COPY-100K] [--out FILE]");
        }
    }
}
