package dev.tusk.bench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

/**
 * W8's load, the same for every library: {@value Catalog#VIRTUAL_THREADS} virtual threads, each
 * doing {@value Catalog#FINDS_PER_THREAD} lookups one after the other with the library's W3 code.
 */
public final class ConcurrentLookups {
    /** Lookups per operation: every thread's. */
    public static final int LOOKUPS = Catalog.VIRTUAL_THREADS * Catalog.FINDS_PER_THREAD;

    private ConcurrentLookups() {
    }

    /**
     * Runs the lookups of W8's {@code call}-th operation: thread {@code t}'s {@code i}-th lookup asks
     * for {@code Catalog.key(call * LOOKUPS + t * FINDS_PER_THREAD + i)}.
     *
     * @return every result, in that order (what {@link Catalog#expectConcurrent} checks)
     */
    public static <R> List<R> run(long call, LongFunction<R> findByKey) throws InterruptedException, ExecutionException {
        long base = call * LOOKUPS;
        List<Future<List<R>>> threads = new ArrayList<>(Catalog.VIRTUAL_THREADS);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int thread = 0; thread < Catalog.VIRTUAL_THREADS; thread++) {
                long first = base + (long) thread * Catalog.FINDS_PER_THREAD;
                threads.add(executor.submit(() -> {
                    List<R> found = new ArrayList<>(Catalog.FINDS_PER_THREAD);
                    for (int lookup = 0; lookup < Catalog.FINDS_PER_THREAD; lookup++) {
                        found.add(findByKey.apply(Catalog.key(first + lookup)));
                    }
                    return found;
                }));
            }
        }
        List<R> found = new ArrayList<>(LOOKUPS);
        for (Future<List<R>> thread : threads) {
            found.addAll(thread.get());
        }
        return found;
    }
}
