package dev.tusk.bench.harness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The run as markdown: the facts, then one table and the bar outcomes per workload. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(RunFacts facts, List<WorkloadResult> results) {
        StringBuilder out = new StringBuilder();
        double highestLoad = facts.loads().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        out.append("Run of ").append(facts.date()).append(": ").append(facts.jdk()).append("; ")
                .append(facts.server()).append("; ").append(facts.libraries()).append("; ")
                .append(facts.cores()).append(" cores; ").append(facts.rounds()).append(" rounds per workload, shuffle seed ")
                .append(facts.seed()).append("; 1-minute load average sampled before/after each workload: ")
                .append(facts.loads().stream().map(load -> format("%.2f", load)).toList())
                .append(" (highest ").append(format("%.2f", highestLoad)).append(").\n");
        for (WorkloadResult result : results) {
            out.append('\n');
            workload(out, result);
        }
        return out.toString();
    }

    private static void workload(StringBuilder out, WorkloadResult result) {
        Workload workload = result.workload();
        out.append("### ").append(workload.id()).append(": ").append(workload.title()).append("\n\n");
        out.append("Each round: every contender ").append(workload.timing().describe()).append(", median taken.\n\n");
        out.append("| contender | role | median ms/op | IQR ms/op | ratio to raw (median of rounds) | ratio IQR | rounds |\n");
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
            out.append(format("%.2f", nanos.median() / 1e6)).append(" | ")
                    .append(format("%.2f-%.2f", nanos.lowerQuartile() / 1e6, nanos.upperQuartile() / 1e6)).append(" | ")
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
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
