package dev.tusk.bench.heap;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.ItemTable;
import dev.tusk.bench.data.Items;
import dev.tusk.bench.env.BenchEnvironment;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The child JVM's side of {@link CopyHeap}: for each row count given, empties the item table, copies
 * that many generated items as a stream (never a list) and prints one line,
 * {@code rows=N copied=N gcs=G baseline=B maxAfterGc=M}, the heap in bytes: used after a full GC
 * before the load, and the most used right after any collection during it.
 */
public final class CopyHeapProbe {
    static final String LINE_PREFIX = "copy-heap ";

    private CopyHeapProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // a million rows take longer than Tusk's slow-statement threshold; that is expected here
        System.setProperty("org.slf4j.simpleLogger.log.dev.tusk.sql", "error");
        BenchEnvironment environment = BenchEnvironment.current();
        try {
            ItemTable.prepare(environment);
            for (String argument : arguments) {
                measure(environment, Long.parseLong(argument));
            }
        } finally {
            BenchEnvironment.closeCurrent();
        }
    }

    private static void measure(BenchEnvironment environment, long rows) throws Exception {
        ItemTable.reset(environment);
        System.gc();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        AfterGcWatch watch = new AfterGcWatch();
        long copied;
        watch.start();
        try (Stream<Item> items = Items.stream(rows)) {
            copied = environment.tusk().copy(Item.class, items);
        } finally {
            watch.stop();
        }
        long stored = environment.tusk().from(Item.class).count();
        if (copied != rows || stored != rows) {
            throw new IllegalStateException("copy reported " + copied + " rows and the table holds " + stored
                    + ", expected " + rows);
        }
        System.out.println(LINE_PREFIX + "rows=" + rows + " copied=" + copied + " gcs=" + watch.collections.get()
                + " baseline=" + baseline + " maxAfterGc=" + watch.maxAfterGc.get());
    }

    /** Records the heap used right after each collection, summed over the heap's pools. */
    private static final class AfterGcWatch implements NotificationListener {
        private final AtomicLong maxAfterGc = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();

        void start() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        void stop() throws Exception {
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(this);
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            collections.incrementAndGet();
            maxAfterGc.accumulateAndGet(used, Math::max);
        }
    }
}
