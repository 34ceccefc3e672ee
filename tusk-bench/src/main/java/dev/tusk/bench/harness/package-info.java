/**
 * The interleaved runner. A {@link dev.tusk.bench.harness.Workload} names its contenders (each a
 * JMH benchmark method) and its bars; {@link dev.tusk.bench.harness.InterleavedRunner} runs all
 * contenders of a workload once per round in a shuffled order, each as a short in-process JMH trial
 * ({@link dev.tusk.bench.harness.JmhTrial}), and {@link dev.tusk.bench.harness.WorkloadResult} reduces
 * the rounds to medians and to the median of per-round ratios to the baseline, which a noisy machine
 * disturbs far less than a ratio of two separately measured medians. A raw contender run twice
 * (the A/A column) shows the noise floor.
 */
package dev.tusk.bench.harness;
