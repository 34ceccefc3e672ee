package dev.tusk.bench.harness;

import java.util.Arrays;

/**
 * Order statistics of a few measurements (rounds); NaN entries, rounds where a value is missing,
 * are left out. Quantiles interpolate linearly between neighbouring values.
 *
 * @param count          values taken into account
 * @param median         the middle value
 * @param lowerQuartile  the 25th percentile
 * @param upperQuartile  the 75th percentile
 */
public record Sample(int count, double median, double lowerQuartile, double upperQuartile) {

    static Sample of(double[] values) {
        double[] sorted = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
        if (sorted.length == 0) {
            return new Sample(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Sample(sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75));
    }

    private static double quantile(double[] sorted, double fraction) {
        double position = fraction * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
