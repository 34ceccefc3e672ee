package dev.tusk;

import dev.tusk.exception.ConfigurationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a transaction runs: its isolation level, read-only and deferrable modes, timeouts, and how
 * often the whole callback is re-run after a serialization failure (40001) or a deadlock (40P01).
 * Immutable; start from {@link #defaults()} or a level and change what you need.
 *
 * <pre>{@code
 * db.useTransaction(TxOptions.serializable().retries(3), tx -> transfer(tx, from, to, amount));
 * db.withTransaction(TxOptions.defaults().readOnly(true).statementTimeout(Duration.ofSeconds(5)), tx -> report(tx));
 * }</pre>
 *
 * <p>Every setting is made with {@code SET TRANSACTION} and {@code SET LOCAL}, so it ends with the
 * transaction and never reaches the next user of the pooled connection.
 *
 * @param isolation        the isolation level; null keeps the server's default ({@code default_transaction_isolation})
 * @param readOnly         {@code READ ONLY}: writes fail with SQLSTATE 25006
 * @param deferrable       {@code DEFERRABLE}: a serializable read-only transaction waits for a safe
 *                         snapshot and then cannot fail with a serialization error
 * @param statementTimeout {@code SET LOCAL statement_timeout} for each statement inside; null keeps the connection's
 * @param lockTimeout      {@code SET LOCAL lock_timeout}; null keeps the connection's
 * @param retries          how many times the whole callback is re-run after 40001 or 40P01 (0 to 100)
 * @param backoff          the wait before the first retry: a random time between half of it and all of it;
 *                         each next retry doubles it
 * @param maxBackoff       the longest wait between two attempts
 */
public record TxOptions(Isolation isolation, boolean readOnly, boolean deferrable, Duration statementTimeout,
                        Duration lockTimeout, int retries, Duration backoff, Duration maxBackoff) {

    private static final int MAX_RETRIES = 100;
    private static final TxOptions DEFAULTS = new TxOptions(null, false, false, null, null, 0,
            Duration.ofMillis(20), Duration.ofSeconds(1));

    /**
     * Checks the options.
     *
     * @throws ConfigurationException naming the setting and the fix
     */
    public TxOptions {
        requireTimeout("statementTimeout", statementTimeout);
        requireTimeout("lockTimeout", lockTimeout);
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new ConfigurationException("TxOptions.retries is " + retries + "; give 0 (no retry) to " + MAX_RETRIES);
        }
        if (backoff == null || backoff.isNegative() || backoff.isZero()) {
            throw new ConfigurationException("TxOptions.backoff must be a positive duration, got " + backoff);
        }
        if (maxBackoff == null || maxBackoff.compareTo(backoff) < 0) {
            throw new ConfigurationException("TxOptions.maxBackoff (" + maxBackoff + ") must be at least backoff ("
                    + backoff + ")");
        }
        if (deferrable && (isolation != Isolation.SERIALIZABLE || !readOnly)) {
            throw new ConfigurationException("TxOptions.deferrable only has an effect on a serializable read-only"
                    + " transaction: use TxOptions.serializable().readOnly(true).deferrable(true)");
        }
    }

    /** The server's isolation level, read-write, the connection's timeouts, no retries. */
    public static TxOptions defaults() {
        return DEFAULTS;
    }

    public static TxOptions readCommitted() {
        return DEFAULTS.isolation(Isolation.READ_COMMITTED);
    }

    public static TxOptions repeatableRead() {
        return DEFAULTS.isolation(Isolation.REPEATABLE_READ);
    }

    public static TxOptions serializable() {
        return DEFAULTS.isolation(Isolation.SERIALIZABLE);
    }

    public TxOptions isolation(Isolation level) {
        return new TxOptions(level, readOnly, deferrable, statementTimeout, lockTimeout, retries, backoff, maxBackoff);
    }

    public TxOptions readOnly(boolean on) {
        return new TxOptions(isolation, on, deferrable, statementTimeout, lockTimeout, retries, backoff, maxBackoff);
    }

    public TxOptions deferrable(boolean on) {
        return new TxOptions(isolation, readOnly, on, statementTimeout, lockTimeout, retries, backoff, maxBackoff);
    }

    public TxOptions statementTimeout(Duration timeout) {
        return new TxOptions(isolation, readOnly, deferrable, timeout, lockTimeout, retries, backoff, maxBackoff);
    }

    public TxOptions lockTimeout(Duration timeout) {
        return new TxOptions(isolation, readOnly, deferrable, statementTimeout, timeout, retries, backoff, maxBackoff);
    }

    /** Re-run the whole callback up to {@code times} more times after a serialization failure or deadlock. */
    public TxOptions retries(int times) {
        return new TxOptions(isolation, readOnly, deferrable, statementTimeout, lockTimeout, times, backoff, maxBackoff);
    }

    /**
     * Waits between attempts: before retry n (from 0), a random time between half and all of
     * {@code first * 2^n}, never above {@code max}. The jitter keeps colliding transactions from
     * retrying in lockstep.
     */
    public TxOptions backoff(Duration first, Duration max) {
        return new TxOptions(isolation, readOnly, deferrable, statementTimeout, lockTimeout, retries, first, max);
    }

    /** True when nothing but retry settings differ from the defaults: a nested transaction accepts only these. */
    boolean setsNothing() {
        return isolation == null && !readOnly && !deferrable && statementTimeout == null && lockTimeout == null
                && retries == 0;
    }

    /** The SQL that sets these options up as the transaction's first statement, or null when there is none. */
    String setupSql() {
        List<String> statements = new ArrayList<>(3);
        List<String> modes = new ArrayList<>(3);
        if (isolation != null) {
            modes.add("ISOLATION LEVEL " + isolation.sql());
        }
        if (readOnly) {
            modes.add("READ ONLY");
        }
        if (deferrable) {
            modes.add("DEFERRABLE");
        }
        if (!modes.isEmpty()) {
            statements.add("SET TRANSACTION " + String.join(", ", modes));
        }
        if (statementTimeout != null) {
            statements.add("SET LOCAL statement_timeout = " + millis(statementTimeout));
        }
        if (lockTimeout != null) {
            statements.add("SET LOCAL lock_timeout = " + millis(lockTimeout));
        }
        return statements.isEmpty() ? null : String.join("; ", statements);
    }

    /** Whole milliseconds, rounded up so that a sub-millisecond timeout is not 0 (which means none). */
    private static long millis(Duration timeout) {
        long whole = timeout.toMillis();
        return timeout.minusMillis(whole).isZero() ? whole : whole + 1;
    }

    private static void requireTimeout(String name, Duration timeout) {
        if (timeout == null) {
            return;
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ConfigurationException("TxOptions." + name + " must be positive, got " + timeout
                    + "; pass null to keep the connection's setting");
        }
        if (timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
            throw new ConfigurationException("TxOptions." + name + " is " + timeout + "; PostgreSQL takes at most "
                    + Integer.MAX_VALUE + " ms");
        }
    }
}
