package dev.tusk.bench.harness;

/**
 * A performance bar from DESIGN section 6: the median per-round ratio of {@code contender} to the
 * baseline must not exceed {@code maxRatio}.
 *
 * @param contender the label of the contender it applies to
 * @param maxRatio  e.g. {@code 1.00} for "no slower than raw", {@code 1.10} for "within 1.10x"
 */
public record Bar(String contender, double maxRatio) {

    public Bar {
        if (!(maxRatio > 0)) {
            throw new IllegalArgumentException("maxRatio must be positive, got " + maxRatio);
        }
    }

    public boolean isMetBy(double medianRatio) {
        return medianRatio <= maxRatio;
    }

    /** {@code <= 1.10x}. */
    public String describe() {
        return "<= %.2fx".formatted(maxRatio);
    }
}
