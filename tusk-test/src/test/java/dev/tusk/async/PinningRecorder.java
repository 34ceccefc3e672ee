package dev.tusk.async;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records the JFR event {@code jdk.VirtualThreadPinned} in this JVM with threshold 0 (every time a
 * virtual thread blocks while pinned to its carrier, however briefly), for the code run between
 * {@link #start()} and {@link #stop()}.
 */
final class PinningRecorder implements AutoCloseable {
    static final String EVENT = "jdk.VirtualThreadPinned";

    private final Recording recording = new Recording();

    private PinningRecorder() {
        recording.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
        recording.setToDisk(true);
    }

    static PinningRecorder start() {
        PinningRecorder recorder = new PinningRecorder();
        recorder.recording.start();
        return recorder;
    }

    /** Stops recording and returns the pinning events seen. */
    List<RecordedEvent> stop() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("tusk-pinning", ".jfr");
        try {
            recording.dump(file);
            return RecordingFile.readAllEvents(file).stream()
                    .filter(event -> event.getEventType().getName().equals(EVENT))
                    .toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Where each event's thread was pinned: its name and the top frames, for a failure message. */
    static String describe(List<RecordedEvent> events) {
        StringBuilder text = new StringBuilder();
        for (RecordedEvent event : events) {
            text.append(event.getThread() == null ? "?" : event.getThread().getJavaName()).append(" pinned for ")
                    .append(event.getDuration().toNanos() / 1_000).append(" us at\n");
            if (event.getStackTrace() != null) {
                event.getStackTrace().getFrames().stream().limit(16)
                        .forEach(frame -> text.append("    ").append(frame.getMethod().getType().getName()).append('.')
                                .append(frame.getMethod().getName()).append(':').append(frame.getLineNumber())
                                .append('\n'));
            }
        }
        return text.toString();
    }

    /** The events of Tusk's own threads ({@code tusk-async-N} and their cancel requests, {@code tusk-async-cancel-N}). */
    static List<RecordedEvent> onTuskThreads(List<RecordedEvent> events) {
        return events.stream()
                .filter(event -> event.getThread() != null && event.getThread().getJavaName() != null
                        && event.getThread().getJavaName().startsWith("tusk-async-"))
                .toList();
    }

    /** The distinct top frames of the events ({@code RawSql.<init>, ...}), or "none". */
    static String where(List<RecordedEvent> events) {
        String frames = events.stream()
                .filter(event -> event.getStackTrace() != null && !event.getStackTrace().getFrames().isEmpty())
                .map(event -> event.getStackTrace().getFrames().get(0).getMethod())
                .map(method -> method.getType().getName().replaceAll(".*\\.", "") + "." + method.getName())
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        return frames.isEmpty() ? "none" : frames;
    }

    @Override
    public void close() {
        recording.close();
    }
}
