package dev.tusk.exec;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.RelationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N+1 detection: inside a transaction (or a session), the same read statement sent more than
 * {@code threshold} times is almost always a relation loaded row by row. The first time a statement
 * passes the threshold, this logs a WARNING on {@code dev.tusk.relations} that names the statement,
 * the relation when Tusk loaded one ({@code db.fetch}), and the fix; in strict mode it throws
 * {@link RelationException} instead. Writes are not counted.
 *
 * @param threshold how many identical reads one transaction may send before it is reported
 * @param strict    throw instead of logging
 */
public record RepeatedReads(int threshold, boolean strict) {
    /** Off: a threshold nothing reaches. */
    public static final RepeatedReads OFF = new RepeatedReads(Integer.MAX_VALUE, false);
    public static final int DEFAULT_THRESHOLD = 10;

    private static final Logger LOG = LoggerFactory.getLogger("dev.tusk.relations");
    /** The relation a statement on this thread loads ({@code Post.author}), set while Tusk loads one. */
    private static final ThreadLocal<String> RELATION = new ThreadLocal<>();

    public RepeatedReads {
        if (threshold < 1) {
            throw new dev.tusk.exception.ConfigurationException("the N+1 threshold must be at least 1, got " + threshold);
        }
    }

    /** Runs {@code work} with its statements attributed to {@code relation} ({@code Post.author}). */
    public static <R> R loading(String relation, Supplier<R> work) {
        String before = RELATION.get();
        RELATION.set(relation);
        try {
            return work.get();
        } finally {
            if (before == null) {
                RELATION.remove();
            } else {
                RELATION.set(before);
            }
        }
    }

    /** Counts one read in {@code transaction}; reports it when it just passed the threshold. */
    void seen(BoundTransaction transaction, Call call) {
        if (transaction == null || threshold == Integer.MAX_VALUE) {
            return;
        }
        String sql = call.statement().sql();
        if (transaction.countRead(sql) != threshold + 1) {
            return;
        }
        String relation = RELATION.get();
        String what = relation != null ? relation + " was loaded " : "the same statement was sent ";
        String fix = relation != null
                ? "load it for all rows at once: include(" + constant(relation) + ") for a to-one relation, or prefetch("
                        + constant(relation) + ") on the query that read the rows"
                : "if it loads related rows one owner at a time, load them for all owners at once with include(...) or"
                        + " prefetch(...), or one query with = ANY(?)";
        String message = "possible N+1: " + what + (threshold + 1) + " times in one transaction: " + sql + "; " + fix;
        if (strict) {
            throw new RelationException(message, ErrorContext.of(call.entity(), call.operation()), null);
        }
        LOG.warn(message);
    }

    private static String constant(String relation) {
        int dot = relation.indexOf('.');
        return dot < 0 ? relation : relation.substring(0, dot) + "_" + relation.substring(dot);
    }
}
