package dev.tusk.bench.harness;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One contender, once: a short JMH run in this JVM ({@code forks(0)}) so that it can be interleaved
 * with the other contenders of its round, which share the JIT-compiled code, the heap and the open
 * pools. How it is timed is the workload's {@link Timing}: for bulk loads each invocation alone
 * ({@link Mode#SingleShotTime}, batch size 1) so that the benchmark's {@code Level.Invocation}
 * fixtures (empty the table, check the result) stay outside the timing. A full GC runs before
 * every trial so that no contender pays for another's garbage.
 */
final class JmhTrial {

    private JmhTrial() {
    }

    /**
     * Runs {@code contender} with the workload's parameters, timed as {@code timing} says.
     *
     * @return the fastest of the measured iterations, in nanoseconds: on this shared VM the noise only
     *         ever adds time (the hypervisor stealing the CPU for tens of milliseconds), so the fastest
     *         iteration is the closest to the code's own cost; the median over rounds then keeps one
     *         lucky trial from deciding anything
     * @throws TrialFailure when the benchmark or one of its checks throws
     */
    static double fastestNanos(Workload workload, Contender contender, Timing timing) {
        return run(workload, contender, timing, false).getPrimaryResult().getStatistics().getMin();
    }

    /**
     * Runs {@code contender} once more with JMH's GC profiler ({@code -prof gc}).
     *
     * @return bytes allocated per operation ({@code gc.alloc.rate.norm}), by every thread of this JVM
     */
    static double allocatedBytesPerOperation(Workload workload, Contender contender) {
        RunResult result = run(workload, contender, workload.timing(), true);
        Result<?> normalized = result.getSecondaryResults().get("gc.alloc.rate.norm");
        if (normalized == null) {
            throw new IllegalStateException("JMH's GC profiler gave no gc.alloc.rate.norm for " + contender.benchmarkName());
        }
        return normalized.getScore();
    }

    private static RunResult run(Workload workload, Contender contender, Timing timing, boolean allocation) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(contender.benchmarkName()) + "$")
                .forks(0)
                .threads(1)
                .timeUnit(TimeUnit.NANOSECONDS)
                .warmupIterations(timing.warmups())
                .measurementIterations(timing.measurements())
                .shouldDoGC(false)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (timing.isSingleShot()) {
            options.mode(Mode.SingleShotTime).warmupBatchSize(1).measurementBatchSize(1);
        } else {
            TimeValue iteration = TimeValue.milliseconds(timing.iteration().toMillis());
            options.mode(Mode.AverageTime).warmupTime(iteration).measurementTime(iteration);
        }
        workload.parameters().forEach(options::param);
        // one collection before the trial instead of JMH's one per iteration: no contender starts with
        // another's garbage, and short trials do not spend most of their time in System.gc()
        System.gc();
        if (allocation) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException failure) {
            throw new TrialFailure(contender, rootCause(failure));
        }
        if (results.size() != 1) {
            throw new IllegalStateException("JMH ran " + results.size() + " benchmarks for " + contender.benchmarkName()
                    + ", expected 1: check the workload's parameters against the benchmark's @Param fields");
        }
        return results.iterator().next();
    }

    /** JMH wraps what the benchmark threw (as a suppressed exception of its BenchmarkException). */
    private static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        while (true) {
            if (current.getCause() != null && current.getCause() != current) {
                current = current.getCause();
            } else if (current.getSuppressed().length > 0) {
                current = current.getSuppressed()[0];
            } else {
                return current;
            }
        }
    }

    /** A contender that could not be measured: what it threw. */
    static final class TrialFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TrialFailure(Contender contender, Throwable cause) {
            super(contender.label() + " failed: " + cause, cause);
        }
    }
}
