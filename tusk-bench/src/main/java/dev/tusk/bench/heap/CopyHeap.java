package dev.tusk.bench.heap;

import dev.tusk.bench.env.BenchEnvironment;
import dev.tusk.bench.env.ServerTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link CopyHeapProbe} in a child JVM with a {@value #HEAP} heap against the server of this
 * run, and reads its figures. A copy that held its rows would not fit: a million generated items
 * take about 300 MB.
 */
public final class CopyHeap {
    static final String HEAP = "64m";
    private static final long[] ROWS = {10_000, 100_000, 1_000_000};

    private CopyHeap() {
    }

    /** One load as the child measured it, in bytes. */
    public record Figure(long rows, long collections, long baseline, long maxAfterGc) {
    }

    /** The probe's figures for 10,000, 100,000 and 1,000,000 rows, smallest first. */
    public static List<Figure> measure(BenchEnvironment environment) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-Xms" + HEAP, "-cp", System.getProperty("java.class.path"), CopyHeapProbe.class.getName()));
        for (long rows : ROWS) {
            command.add(Long.toString(rows));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (System.getenv(BenchEnvironment.URL_VARIABLE) == null) {
            builder.environment().put(BenchEnvironment.URL_VARIABLE, childUrl(environment.target()));
        }
        Process child = builder.start();
        List<Figure> figures = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(CopyHeapProbe.LINE_PREFIX)) {
                    figures.add(parse(line.substring(CopyHeapProbe.LINE_PREFIX.length())));
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || figures.size() != ROWS.length) {
            throw new IllegalStateException("the copy heap probe exited with " + exit + " after " + figures.size()
                    + " of " + ROWS.length + " loads (its errors are above)");
        }
        return figures;
    }

    /** The embedded server's URL with its login, for the child (an external server's URL is inherited). */
    private static String childUrl(ServerTarget target) {
        String url = target.jdbcUrl();
        return target.user() == null ? url : url + (url.contains("?") ? "&" : "?") + "user=" + target.user();
    }

    private static Figure parse(String line) {
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.split(" ")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], Long.parseLong(parts[1]));
        }
        return new Figure(values.get("rows"), values.get("gcs"), values.get("baseline"), values.get("maxAfterGc"));
    }
}
