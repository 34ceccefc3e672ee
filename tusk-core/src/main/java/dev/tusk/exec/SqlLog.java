package dev.tusk.exec;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs statements on the SLF4J logger {@code dev.tusk.sql}: every statement at DEBUG (SQL,
 * parameters with secrets redacted, row count, duration), statements slower than the threshold at
 * WARN, failures at DEBUG (the exception reaches the caller, who decides how loud it is).
 */
final class SqlLog {
    static final Logger LOG = LoggerFactory.getLogger("dev.tusk.sql");

    private final long slowNanos;

    SqlLog(Duration slowThreshold) {
        this.slowNanos = slowThreshold == null || slowThreshold.isZero() ? Long.MAX_VALUE : slowThreshold.toNanos();
    }

    void executed(Call call, long rows, long nanos) {
        boolean slow = nanos >= slowNanos;
        if (!slow && !LOG.isDebugEnabled()) {
            return;
        }
        String line = describe(call) + " -> " + rows + " rows in " + millis(nanos) + " ms";
        if (slow) {
            LOG.warn("slow statement (over {} ms): {}", millis(slowNanos), line);
        } else {
            LOG.debug(line);
        }
    }

    void failed(Call call, RuntimeException error) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> failed: {}", describe(call), error.getClass().getSimpleName());
        }
    }

    private static String describe(Call call) {
        String params = call.statement().params().isEmpty() ? ""
                : " " + ParameterText.render(call.statement().params(), call);
        return call.statement().sql() + params;
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }
}
