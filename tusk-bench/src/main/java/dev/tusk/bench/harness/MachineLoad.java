package dev.tusk.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How busy the machine is, from Linux's {@code /proc}: the 1-minute load average, and the share of
 * CPU time the hypervisor gave to other guests ("steal"), which on a shared VM is the largest source
 * of noise and invisible in the load average.
 */
public final class MachineLoad {
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");
    private static final Path CPU_TIMES = Path.of("/proc/stat");
    private static final int STEAL_COLUMN = 8;

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

    /** The machine's CPU time so far, all cores, in clock ticks: stolen and in total. */
    public static Optional<CpuTimes> cpuTimes() {
        try {
            String line = Files.readAllLines(CPU_TIMES).get(0);
            String[] fields = line.trim().split("\\s+");
            long total = 0;
            for (int column = 1; column < fields.length; column++) {
                total += Long.parseLong(fields[column]);
            }
            return Optional.of(new CpuTimes(Long.parseLong(fields[STEAL_COLUMN]), total));
        } catch (IOException | RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    /** Cumulative CPU ticks: {@code steal} of {@code total}. */
    public record CpuTimes(long steal, long total) {

        /** The share of CPU time stolen between {@code earlier} and this, from 0 to 1. */
        public double stolenSince(CpuTimes earlier) {
            long elapsed = total - earlier.total;
            return elapsed <= 0 ? Double.NaN : (double) (steal - earlier.steal) / elapsed;
        }
    }
}
