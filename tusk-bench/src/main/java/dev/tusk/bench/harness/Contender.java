package dev.tusk.bench.harness;

import java.util.Objects;

/**
 * One side of a workload: a JMH benchmark method and how the table labels it. The A/A contender
 * names the same method as the baseline under another label.
 *
 * @param label     the row label in the report, unique within the workload
 * @param benchmark the JMH benchmark class
 * @param method    the {@code @Benchmark} method in it
 * @param role      baseline, noise floor, reference or subject
 */
public record Contender(String label, Class<?> benchmark, String method, Role role) {

    public Contender {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(role, "role");
    }

    /** {@code dev.tusk.bench.bulk.CopyBenchmark.rawCopy}: how JMH names the method. */
    public String benchmarkName() {
        return benchmark.getName() + "." + method;
    }
}
