package dev.tusk.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Removes data directories of embedded servers whose JVM died without its shutdown hook (killed
 * with SIGKILL). They matter because they may sit in {@code /dev/shm}, i.e. in memory. A directory
 * is stale when nobody holds the lock on its {@code epg-lock} file (the live server's JVM holds it
 * for the server's whole life) and that file is over a minute old (a server still starting has not
 * locked it yet); its orphaned postmaster, if still running, is asked to stop first.
 */
final class StaleDataDirectories {

    static final String PREFIX = "tusk-pg-";
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration MINIMUM_AGE = Duration.ofMinutes(1);

    private StaleDataDirectories() {
    }

    static void clean(Path parent) {
        try (DirectoryStream<Path> directories = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path directory : directories) {
                if (isStale(directory)) {
                    stopPostmaster(directory);
                    delete(directory);
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException unreadable) {
            // best effort: a leftover directory costs space, never correctness
        }
    }

    private static boolean isStale(Path directory) throws IOException {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lockFile)
                || Files.getLastModifiedTime(lockFile).toInstant().isAfter(Instant.now().minus(MINIMUM_AGE))) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException ownedByThisJvm) {
            return false;
        }
    }

    private static void stopPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try (Stream<String> lines = Files.lines(pidFile)) {
            pid = Long.parseLong(lines.findFirst().orElse("").strip());
        } catch (NumberFormatException unreadable) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            postmaster.get().destroy(); // SIGTERM: the orphan has no clients left, so it shuts down
            try {
                postmaster.get().onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                postmaster.get().destroyForcibly();
            }
        }
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
