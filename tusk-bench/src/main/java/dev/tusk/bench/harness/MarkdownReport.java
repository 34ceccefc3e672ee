package dev.tusk.bench.harness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run as markdown: the facts, a summary table (rows are workloads, columns are libraries, each
 * cell the median time per operation and the median per-round ratio to raw JDBC), the bars, the
 * extra measurements, then one detailed table per workload.
 */
public final class MarkdownReport {
    private static final String SUBJECT = "tusk";

    private MarkdownReport() {
    }

    /**
     * @param allocations bytes per operation by workload id, then contender label (may be empty)
     * @param heapLines   the copy heap probe's table rows, already rendered (may be empty)
     */
    public static String render(RunFacts facts, List<WorkloadResult> results, Map<String, Map<String, Double>> allocations,
                                List<String> heapLines) {
        StringBuilder out = new StringBuilder();
        double highestLoad = facts.loads().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        out.append("Run of ").append(facts.date()).append(": ").append(facts.jdk()).append("; ")
                .append(facts.server()).append("; ").append(facts.libraries()).append("; ")
                .append(facts.cores()).append(" cores; ").append(facts.rounds()).append(" rounds per workload unless its section says otherwise, shuffle seed ")
                .append(facts.seed()).append("; 1-minute load average sampled before/after each workload: ")
                .append(facts.loads().stream().map(load -> format("%.2f", load)).toList())
                .append(" (highest ").append(format("%.2f", highestLoad)).append(").\n\n");
        summary(out, results);
        if (!allocations.isEmpty()) {
            allocation(out, allocations);
        }
        if (!heapLines.isEmpty()) {
            out.append("\nPeak heap of `db.copy(Item.class, stream)` in a child JVM with a fixed 64 MB heap (the rows are"
                    + " generated as the stream is read):\n\n");
            out.append("| rows | collections during the load | heap used before (after a full GC) | most heap used right after a collection |\n");
            out.append("|---:|---:|---:|---:|\n");
            heapLines.forEach(line -> out.append(line).append('\n'));
        }
        for (WorkloadResult result : results) {
            out.append('\n');
            workload(out, result);
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, List<WorkloadResult> results) {
        Set<String> columns = new LinkedHashSet<>();
        for (WorkloadResult result : results) {
            for (Contender contender : result.workload().contenders()) {
                if (contender.role() != Role.REFERENCE) {
                    columns.add(contender.label());
                }
            }
        }
        out.append("| workload |");
        columns.forEach(column -> out.append(' ').append(column).append(" |"));
        out.append(" bar | ahead of every peer | CPU stolen |\n|---|");
        columns.forEach(column -> out.append("---:|"));
        out.append("---|---|---:|\n");
        for (WorkloadResult result : results) {
            Workload workload = result.workload();
            out.append("| ").append(workload.id()).append(' ').append(workload.title()).append(" |");
            for (String column : columns) {
                Optional<Contender> contender = workload.contenders().stream()
                        .filter(candidate -> candidate.label().equals(column)).findFirst();
                out.append(' ').append(contender.map(found -> cell(result, found)).orElse("")).append(" |");
            }
            List<String> verdicts = new ArrayList<>();
            for (WorkloadResult.BarOutcome outcome : result.barOutcomes()) {
                verdicts.add(outcome.bar().contender() + " " + outcome.bar().describe() + ": **" + outcome.verdict() + "**");
            }
            out.append(' ').append(String.join("; ", verdicts)).append(" | ");
            out.append(result.comparedWithPeers(SUBJECT)
                    .map(comparison -> format("%s (best peer %s %.2fx)", comparison.ahead() ? "**yes**" : "**NO**",
                            comparison.bestPeer(), comparison.bestPeerRatio()))
                    .orElse("-"));
            out.append(" | ").append(Double.isNaN(result.stolenCpu()) ? "?" : format("%.0f%%", result.stolenCpu() * 100));
            out.append(" |\n");
        }
    }

    private static String cell(WorkloadResult result, Contender contender) {
        Sample nanos = result.nanos(contender);
        if (nanos.isEmpty()) {
            return "failed";
        }
        return time(nanos.median()) + " (" + format("%.2fx", result.ratioToBaseline(contender).median()) + ")";
    }

    private static void allocation(StringBuilder out, Map<String, Map<String, Double>> allocations) {
        Set<String> columns = new LinkedHashSet<>();
        allocations.values().forEach(row -> columns.addAll(row.keySet()));
        out.append("\nAllocation per operation (JMH `-prof gc`, `gc.alloc.rate.norm`, one profiled trial each, in this JVM):\n\n");
        out.append("| workload |");
        columns.forEach(column -> out.append(' ').append(column).append(" |"));
        out.append("\n|---|");
        columns.forEach(column -> out.append("---:|"));
        out.append('\n');
        allocations.forEach((workload, row) -> {
            out.append("| ").append(workload).append(" |");
            for (String column : columns) {
                Double bytes = row.get(column);
                out.append(' ').append(bytes == null || bytes.isNaN() ? "-" : format("%,.0f B", bytes)).append(" |");
            }
            out.append('\n');
        });
    }

    private static void workload(StringBuilder out, WorkloadResult result) {
        Workload workload = result.workload();
        out.append("### ").append(workload.id()).append(": ").append(workload.title()).append("\n\n");
        int rounds = workload.contenders().stream().mapToInt(contender -> result.nanos(contender).count()).max().orElse(0);
        out.append(rounds).append(" rounds; in each, every contender ").append(workload.timing().describe())
                .append(", the fastest measured iteration taken as the round's time.\n\n");
        out.append("| contender | role | median time/op | IQR time/op | ratio to raw (median of rounds) | ratio IQR | rounds |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Contender contender : workload.contenders()) {
            Sample nanos = result.nanos(contender);
            Sample ratio = result.ratioToBaseline(contender);
            Optional<String> failure = result.failure(contender);
            out.append("| ").append(contender.label()).append(" | ").append(contender.role().description()).append(" | ");
            if (nanos.isEmpty()) {
                out.append("failed: ").append(failure.orElse("not run").replace('|', '/')).append(" | | | | 0 |\n");
                continue;
            }
            out.append(time(nanos.median())).append(" | ")
                    .append(time(nanos.lowerQuartile())).append('-').append(time(nanos.upperQuartile())).append(" | ")
                    .append(format("%.3fx", ratio.median())).append(" | ")
                    .append(format("%.3f-%.3f", ratio.lowerQuartile(), ratio.upperQuartile())).append(" | ")
                    .append(nanos.count()).append(failure.map(reason -> " (then failed: " + reason.replace('|', '/') + ")").orElse(""))
                    .append(" |\n");
        }
        out.append('\n');
        String noise = result.noiseFloor().map(sample -> format("A/A %.3fx", sample.median())).orElse("no A/A");
        for (WorkloadResult.BarOutcome outcome : result.barOutcomes()) {
            out.append("- Bar: ").append(outcome.bar().contender()).append(' ').append(outcome.bar().describe())
                    .append(" raw: **").append(outcome.verdict()).append("**");
            if (!outcome.ratio().isEmpty()) {
                out.append(format(" (median ratio %.3fx, IQR %.3f-%.3f; ", outcome.ratio().median(),
                        outcome.ratio().lowerQuartile(), outcome.ratio().upperQuartile())).append(noise).append(')');
            }
            out.append('\n');
        }
        result.comparedWithPeers(SUBJECT).ifPresent(comparison -> out.append(format(
                "- Against the peers: tusk %.3fx, best peer %s %.3fx: **%s**%n", comparison.ratio(), comparison.bestPeer(),
                comparison.bestPeerRatio(), comparison.ahead() ? "ahead" : "NOT ahead")));
    }

    /** {@code 52.1 us}, {@code 1.56 ms}, {@code 102 ms}: three significant figures in the unit that fits. */
    static String time(double nanos) {
        if (nanos < 1_000_000) {
            return format("%.1f us", nanos / 1_000);
        }
        if (nanos < 100_000_000) {
            return format("%.2f ms", nanos / 1_000_000);
        }
        return format("%.0f ms", nanos / 1_000_000);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
