package dev.tusk.bench.harness;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A workload of the benchmark suite: its contenders, the JMH parameters they run with, how many
 * each trial is timed, and the bars.
 *
 * @param id           short name used on the command line ({@code W2}, {@code COPY-10K})
 * @param title        one line for the report
 * @param parameters   JMH {@code @Param} values, e.g. {@code rows=10000}
 * @param timing       how each contender's trial in a round is timed; its median is the round's time
 * @param contenders   exactly one {@link Role#BASELINE}, every label unique
 * @param bars         bars on subject contenders
 * @param rounds       recorded rounds when the command line does not say; 0 for the run's default
 */
public record Workload(String id, String title, Map<String, String> parameters, Timing timing,
                       List<Contender> contenders, List<Bar> bars, int rounds) {

    /** A workload with the run's default number of rounds. */
    public Workload(String id, String title, Map<String, String> parameters, Timing timing, List<Contender> contenders,
                    List<Bar> bars) {
        this(id, title, parameters, timing, contenders, bars, 0);
    }

    public Workload {
        if (rounds < 0) {
            throw new IllegalArgumentException(id + ": rounds must be 0 (the default) or more, got " + rounds);
        }
        parameters = Map.copyOf(parameters);
        contenders = List.copyOf(contenders);
        bars = List.copyOf(bars);
        Objects.requireNonNull(timing, "timing");
        if (contenders.stream().filter(contender -> contender.role() == Role.BASELINE).count() != 1) {
            throw new IllegalArgumentException(id + ": exactly one contender must have Role.BASELINE");
        }
        Set<String> labels = new HashSet<>();
        for (Contender contender : contenders) {
            if (!labels.add(contender.label())) {
                throw new IllegalArgumentException(id + ": two contenders are labelled " + contender.label());
            }
        }
        for (Bar bar : bars) {
            if (!labels.contains(bar.contender())) {
                throw new IllegalArgumentException(id + ": bar on unknown contender " + bar.contender());
            }
        }
    }

    /** This workload with {@code count} rounds unless the command line says otherwise (a slow one gets fewer). */
    public Workload withRounds(int count) {
        return new Workload(id, title, parameters, timing, contenders, bars, count);
    }

    public Contender baseline() {
        return contenders.stream().filter(contender -> contender.role() == Role.BASELINE).findFirst().orElseThrow();
    }
}
