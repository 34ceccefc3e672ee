package dev.tusk.internal;

import dev.tusk.exception.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server settings every pooled connection starts with, written as the startup {@code options}
 * string ({@code -c search_path="app","public" -c statement_timeout=5000}), so that they cost no
 * round trip and hold from the first statement. Values are validated, never passed through.
 */
final class ConnectionOptions {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final int MAX_IDENTIFIER_BYTES = 63;
    private static final String CURRENT_USER_SCHEMA = "$user";
    private static final Duration MAX_STATEMENT_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    private ConnectionOptions() {
    }

    /**
     * Appends the search path and statement timeout to the options the URL already gave (which come
     * first, so that these win). Returns null when there is nothing to send.
     */
    static String merge(String existing, String searchPath, Duration statementTimeout) {
        List<String> switches = new ArrayList<>();
        if (existing != null && !existing.isBlank()) {
            switches.add(existing.strip());
        }
        if (searchPath != null) {
            switches.add("-c search_path=" + searchPath(searchPath));
        }
        if (statementTimeout != null && !statementTimeout.isZero()) {
            switches.add("-c statement_timeout=" + statementTimeoutMillis(statementTimeout));
        }
        return switches.isEmpty() ? null : String.join(" ", switches);
    }

    /**
     * The search path as a comma-separated list of quoted schema names, case kept. Each name must
     * be a plain identifier of at most 63 bytes, or {@code $user}.
     */
    static String searchPath(String searchPath) {
        List<String> quoted = new ArrayList<>();
        for (String entry : searchPath.split(",", -1)) {
            String schema = entry.strip();
            if (schema.equals("\"" + CURRENT_USER_SCHEMA + "\"") || schema.equals(CURRENT_USER_SCHEMA)) {
                quoted.add("\"" + CURRENT_USER_SCHEMA + "\"");
                continue;
            }
            if (!IDENTIFIER.matcher(schema).matches()
                    || schema.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
                throw new ConfigurationException("searchPath must list schema names separated by commas, each"
                        + " matching ^[A-Za-z_][A-Za-z0-9_$]*$ and at most 63 bytes (or $user), got "
                        + (schema.isEmpty() ? "an empty entry" : "'" + schema + "'") + " in '" + searchPath + "'");
            }
            // quoted so that App stays App: unquoted names are folded to lower case by the server
            quoted.add("\"" + schema + "\"");
        }
        return String.join(",", quoted);
    }

    /** Whole milliseconds, rounded up so that a sub-millisecond timeout does not turn into none. */
    static long statementTimeoutMillis(Duration timeout) {
        if (timeout.isNegative()) {
            throw new ConfigurationException("statementTimeout must not be negative, got " + timeout);
        }
        if (timeout.compareTo(MAX_STATEMENT_TIMEOUT) > 0) {
            throw new ConfigurationException("statementTimeout must be at most " + Integer.MAX_VALUE
                    + " ms (about 24 days), the server's limit, got " + timeout);
        }
        long millis = timeout.toMillis();
        return timeout.equals(Duration.ofMillis(millis)) ? millis : millis + 1;
    }
}
