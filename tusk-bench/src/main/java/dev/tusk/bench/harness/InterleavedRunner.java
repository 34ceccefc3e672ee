package dev.tusk.bench.harness;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ObjDoubleConsumer;

/**
 * Runs a workload in rounds: every round runs each contender once, as a short JMH trial, in a
 * freshly shuffled order, so that drift on the machine (another build, a checkpoint, a GC policy
 * change) hits all contenders alike instead of whichever ran during it. A contender that throws is
 * reported and left out of later rounds; without the baseline the workload stops.
 *
 * <p>Before the first round every contender runs one unrecorded trial: the first trial of a method
 * in a JVM includes its JIT compilation and class loading, which the per-trial warm-up invocations
 * of JMH are too few to absorb.
 */
public final class InterleavedRunner {
    private final int rounds;
    private final boolean roundsForced;
    private final Random shuffler;
    private final PrintStream progress;

    /**
     * @param rounds       rounds per workload that does not ask for its own number
     * @param roundsForced whether {@code rounds} holds for every workload (the command line said so)
     * @param seed     seed of the shuffle, printed in the report so that an order can be replayed
     * @param progress where one line per round goes
     */
    public InterleavedRunner(int rounds, boolean roundsForced, long seed, PrintStream progress) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        this.rounds = rounds;
        this.roundsForced = roundsForced;
        this.shuffler = new Random(seed);
        this.progress = progress;
    }

    public WorkloadResult run(Workload workload) {
        int rounds = roundsForced || workload.rounds() == 0 ? this.rounds : workload.rounds();
        Map<String, double[]> nanosByLabel = new LinkedHashMap<>();
        for (Contender contender : workload.contenders()) {
            double[] perRound = new double[rounds];
            Arrays.fill(perRound, Double.NaN);
            nanosByLabel.put(contender.label(), perRound);
        }
        Map<String, String> failures = new LinkedHashMap<>();
        Optional<MachineLoad.CpuTimes> before = MachineLoad.cpuTimes();
        runRound(workload, "warm-up round (not recorded)", workload.timing().forWarmUpRound(), null, failures);
        for (int round = 0; round < rounds && !failures.containsKey(workload.baseline().label()); round++) {
            String name = "round %d/%d".formatted(round + 1, rounds);
            int recorded = round;
            runRound(workload, name, workload.timing(), (label, nanos) -> nanosByLabel.get(label)[recorded] = nanos,
                    failures);
        }
        if (failures.containsKey(workload.baseline().label())) {
            progress.println(workload.id() + ": the baseline failed, no ratios can be computed; stopped this workload");
        }
        double stolen = before.flatMap(start -> MachineLoad.cpuTimes().map(end -> end.stolenSince(start))).orElse(Double.NaN);
        return new WorkloadResult(workload, nanosByLabel, failures, stolen);
    }

    /** Runs every contender not yet failed once, in a shuffled order; {@code record} may be null. */
    private void runRound(Workload workload, String name, Timing timing, ObjDoubleConsumer<String> record,
                          Map<String, String> failures) {
        List<Contender> order = new ArrayList<>(workload.contenders());
        order.removeIf(contender -> failures.containsKey(contender.label()));
        Collections.shuffle(order, shuffler);
        StringBuilder line = new StringBuilder(workload.id() + " " + name + ":");
        long started = System.nanoTime();
        for (Contender contender : order) {
            try {
                double nanos = JmhTrial.fastestNanos(workload, contender, timing);
                if (record != null) {
                    record.accept(contender.label(), nanos);
                }
                line.append(" %s %s;".formatted(contender.label(), MarkdownReport.time(nanos)));
            } catch (JmhTrial.TrialFailure failure) {
                failures.put(contender.label(), String.valueOf(failure.getCause()));
                line.append(" %s FAILED;".formatted(contender.label()));
            }
        }
        progress.println(line.append(" (%.1f s)".formatted((System.nanoTime() - started) / 1e9)));
    }
}
