package dev.tusk.bench.harness;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rounds of one workload reduced per contender: the median time per operation over rounds, and
 * the distribution of per-round ratios to the baseline (each round's contender time divided by the
 * same round's baseline time).
 */
public final class WorkloadResult {
    private final Workload workload;
    private final Map<String, double[]> nanosByLabel;
    private final Map<String, String> failures;
    private final double stolenCpu;

    WorkloadResult(Workload workload, Map<String, double[]> nanosByLabel, Map<String, String> failures,
                   double stolenCpu) {
        this.workload = workload;
        this.nanosByLabel = Map.copyOf(nanosByLabel);
        this.failures = Map.copyOf(failures);
        this.stolenCpu = stolenCpu;
    }

    /** The share of the machine's CPU time the hypervisor gave elsewhere while this workload ran; NaN if unknown. */
    public double stolenCpu() {
        return stolenCpu;
    }

    public Workload workload() {
        return workload;
    }

    /** Median over rounds of each round's time (its fastest measured iteration), in nanoseconds. */
    public Sample nanos(Contender contender) {
        return Sample.of(nanosByLabel.get(contender.label()));
    }

    /** Per-round ratios of {@code contender} to the baseline; rounds where either is missing are left out. */
    public Sample ratioToBaseline(Contender contender) {
        double[] mine = nanosByLabel.get(contender.label());
        double[] baseline = nanosByLabel.get(workload.baseline().label());
        double[] ratios = new double[mine.length];
        for (int round = 0; round < mine.length; round++) {
            ratios[round] = mine[round] / baseline[round];
        }
        return Sample.of(ratios);
    }

    /** Why the contender could not be measured, if it could not. */
    public Optional<String> failure(Contender contender) {
        return Optional.ofNullable(failures.get(contender.label()));
    }

    /** The A/A contender's median ratio: how far two runs of the same code disagree here. */
    public Optional<Sample> noiseFloor() {
        return workload.contenders().stream()
                .filter(contender -> contender.role() == Role.NOISE_FLOOR)
                .findFirst()
                .map(this::ratioToBaseline)
                .filter(sample -> !sample.isEmpty());
    }

    /** Each bar with its outcome: met, missed, or not measured. */
    public List<BarOutcome> barOutcomes() {
        return workload.bars().stream().map(bar -> {
            Contender contender = workload.contenders().stream()
                    .filter(candidate -> candidate.label().equals(bar.contender())).findFirst().orElseThrow();
            Sample ratio = ratioToBaseline(contender);
            return new BarOutcome(bar, ratio, failure(contender));
        }).toList();
    }

    /**
     * How {@code subject} compares with the other libraries (subjects) of this workload: its median
     * ratio against the best of theirs; empty when either side was not measured.
     */
    public Optional<PeerComparison> comparedWithPeers(String subject) {
        Optional<Contender> mine = workload.contenders().stream()
                .filter(contender -> contender.label().equals(subject)).findFirst();
        if (mine.isEmpty() || ratioToBaseline(mine.get()).isEmpty()) {
            return Optional.empty();
        }
        double ratio = ratioToBaseline(mine.get()).median();
        return workload.contenders().stream()
                .filter(contender -> contender.role() == Role.SUBJECT && !contender.label().equals(subject))
                .filter(contender -> !ratioToBaseline(contender).isEmpty())
                .min(java.util.Comparator.comparingDouble(contender -> ratioToBaseline(contender).median()))
                .map(best -> new PeerComparison(ratio, best.label(), ratioToBaseline(best).median()));
    }

    /** A library's median ratio against the best peer's. */
    public record PeerComparison(double ratio, String bestPeer, double bestPeerRatio) {
        public boolean ahead() {
            return ratio < bestPeerRatio;
        }
    }

    /** A bar and what the run says about it. */
    public record BarOutcome(Bar bar, Sample ratio, Optional<String> failure) {
        public String verdict() {
            if (ratio.isEmpty()) {
                return "not measured" + failure.map(reason -> " (" + reason + ")").orElse("");
            }
            return bar.isMetBy(ratio.median()) ? "met" : "MISSED";
        }
    }
}
