package dev.tusk.bench.harness;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Allocation per operation ({@code -prof gc}) of a workload's baseline and libraries, one profiled
 * JMH trial each after the timed rounds, in this JVM. The figure counts every thread's allocation
 * during the trial (the pool's housekeeping too, a few bytes per operation at most), so compare
 * contenders, not absolute values.
 */
public final class AllocationProfile {

    private AllocationProfile() {
    }

    /** Bytes per operation by contender label: the baseline and every library (not the A/A or raw variants). */
    public static Map<String, Double> measure(Workload workload, PrintStream progress) {
        Map<String, Double> bytes = new LinkedHashMap<>();
        for (Contender contender : workload.contenders()) {
            if (contender.role() != Role.BASELINE && contender.role() != Role.SUBJECT) {
                continue;
            }
            try {
                bytes.put(contender.label(), JmhTrial.allocatedBytesPerOperation(workload, contender));
            } catch (JmhTrial.TrialFailure failure) {
                bytes.put(contender.label(), Double.NaN);
            }
        }
        progress.println(workload.id() + " allocation (B/op): " + bytes);
        return bytes;
    }
}
