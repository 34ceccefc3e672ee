package dev.tusk.bench.harness;

import java.time.Duration;
import java.util.Objects;

/**
 * How one trial of a contender is timed. A bulk load (tens of milliseconds and more, with a table
 * to empty before each) is timed invocation by invocation ({@link #singleShot}); an operation of
 * microseconds needs many invocations per measurement ({@link #averaged}).
 *
 * @param warmups      unmeasured iterations per trial
 * @param measurements measured iterations per trial; the median of their scores is the trial's time
 * @param iteration    length of one iteration of an averaged trial; null for single-shot trials
 */
public record Timing(int warmups, int measurements, Duration iteration) {

    public Timing {
        if (warmups < 0 || measurements < 1) {
            throw new IllegalArgumentException("warmups must be >= 0 and measurements >= 1, got " + warmups
                    + " and " + measurements);
        }
    }

    /** Each iteration is one invocation, timed alone; {@code Level.Invocation} fixtures stay untimed. */
    public static Timing singleShot(int warmups, int measurements) {
        return new Timing(warmups, measurements, null);
    }

    /** Each iteration runs the operation repeatedly for {@code iteration} and scores the average time. */
    public static Timing averaged(int warmups, int measurements, Duration iteration) {
        return new Timing(warmups, measurements, Objects.requireNonNull(iteration, "iteration"));
    }

    /**
     * The timing of the unrecorded warm-up round: an averaged trial gets four more warm-up iterations
     * (JIT compilation of a library's deeper paths takes seconds, jOOQ's most of all); a single-shot
     * trial stays as it is, each invocation being long already.
     */
    public Timing forWarmUpRound() {
        return isSingleShot() ? this : new Timing(warmups + 4, 1, iteration);
    }

    public boolean isSingleShot() {
        return iteration == null;
    }

    /** For the report: {@code 3 warm-up + 5 measured single-shot invocations}. */
    public String describe() {
        return isSingleShot()
                ? "%d warm-up + %d measured single-shot invocations".formatted(warmups, measurements)
                : "%d warm-up + %d measured iterations of %d ms (average time per operation)"
                        .formatted(warmups, measurements, iteration.toMillis());
    }
}
