package dev.tusk.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

/**
 * The recorder the no-pinning tests rely on does see pinning: a virtual thread that sleeps inside
 * a class initializer is pinned (JDK 25 still pins there), and that must show as an event.
 */
class PinningRecorderTest {

    /** Sleeps while being initialized, on whatever thread first touches it. */
    static final class SlowToInitialize {
        static final long STARTED;

        static {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            STARTED = System.nanoTime();
        }

        private SlowToInitialize() {
        }
    }

    @Test
    void aVirtualThreadSleepingInAClassInitializerIsRecordedAsPinned() throws Exception {
        List<RecordedEvent> pinned;
        try (PinningRecorder recorder = PinningRecorder.start()) {
            Thread.ofVirtual().name("pinned-on-purpose").start(() -> assertThat(SlowToInitialize.STARTED).isPositive())
                    .join();
            pinned = recorder.stop();
        }

        assertThat(pinned).extracting(event -> event.getThread().getJavaName()).contains("pinned-on-purpose");
    }
}
