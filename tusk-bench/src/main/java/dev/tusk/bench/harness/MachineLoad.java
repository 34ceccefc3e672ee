package dev.tusk.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The 1-minute load average from {@code /proc/loadavg}, where there is one (Linux). */
public final class MachineLoad {
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    private MachineLoad() {
    }

    public static Optional<Double> oneMinute() {
        try {
            String text = Files.readString(LOAD_AVERAGE).strip();
            return Optional.of(Double.parseDouble(text.substring(0, text.indexOf(' '))));
        } catch (IOException | RuntimeException unavailable) {
            return Optional.empty();
        }
    }
}
