package dev.tusk;

import dev.tusk.exception.ConfigurationException;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable connection and pool settings, validated on construction. Built by
 * {@link Database#builder()}; {@code withX} returns a changed copy.
 *
 * @param jdbcUrl           a {@code jdbc:postgresql:} URL without credentials
 * @param user              user name, or null to let the driver decide
 * @param password          password, or null; never printed
 * @param minIdle           connections the pool keeps open when idle
 * @param maxPoolSize       most connections the pool opens
 * @param connectionTimeout how long to wait for a connection (pool or server), at least 250 ms
 * @param statementTimeout  server-side {@code statement_timeout}; {@link Duration#ZERO} for none
 * @param applicationName   shown in {@code pg_stat_activity}; null means the URL's {@code application_name}, else "tusk"
 * @param searchPath        the schema search path, or null for the server's default
 * @param slowQueryThreshold statements slower than this log at WARN on {@code dev.tusk.sql}; ZERO turns it off
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, int minIdle, int maxPoolSize,
                             Duration connectionTimeout, Duration statementTimeout, String applicationName,
                             String searchPath, Duration slowQueryThreshold) {

    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    public DatabaseConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("url must be a jdbc:postgresql: URL or a postgresql:// URI, got "
                    + (jdbcUrl == null ? "null" : "'" + jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + "'"));
        }
        if (maxPoolSize < 1) {
            throw new ConfigurationException("maxPoolSize must be at least 1, got " + maxPoolSize);
        }
        if (minIdle < 0 || minIdle > maxPoolSize) {
            throw new ConfigurationException("minIdle must be between 0 and maxPoolSize (" + maxPoolSize
                    + "), got " + minIdle);
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.toMillis() < 250) {
            throw new ConfigurationException("connectionTimeout must be at least 250 ms, got " + connectionTimeout);
        }
        statementTimeout = statementTimeout == null ? Duration.ZERO : statementTimeout;
        if (statementTimeout.isNegative()) {
            throw new ConfigurationException("statementTimeout must not be negative, got " + statementTimeout);
        }
        slowQueryThreshold = slowQueryThreshold == null ? Duration.ZERO : slowQueryThreshold;
        if (slowQueryThreshold.isNegative()) {
            throw new ConfigurationException("slowQueryThreshold must not be negative, got " + slowQueryThreshold);
        }
        applicationName = applicationName == null || applicationName.isBlank() ? null : applicationName;
    }

    public DatabaseConfig withPool(int min, int max) {
        return new DatabaseConfig(jdbcUrl, user, password, min, max, connectionTimeout, statementTimeout,
                applicationName, searchPath, slowQueryThreshold);
    }

    public DatabaseConfig withConnectionTimeout(Duration timeout) {
        return new DatabaseConfig(jdbcUrl, user, password, minIdle, maxPoolSize, timeout, statementTimeout,
                applicationName, searchPath, slowQueryThreshold);
    }

    public DatabaseConfig withStatementTimeout(Duration timeout) {
        return new DatabaseConfig(jdbcUrl, user, password, minIdle, maxPoolSize, connectionTimeout, timeout,
                applicationName, searchPath, slowQueryThreshold);
    }

    public DatabaseConfig withApplicationName(String name) {
        return new DatabaseConfig(jdbcUrl, user, password, minIdle, maxPoolSize, connectionTimeout,
                statementTimeout, name, searchPath, slowQueryThreshold);
    }

    public DatabaseConfig withSearchPath(String path) {
        return new DatabaseConfig(jdbcUrl, user, password, minIdle, maxPoolSize, connectionTimeout,
                statementTimeout, applicationName, path, slowQueryThreshold);
    }

    public DatabaseConfig withSlowQueryThreshold(Duration threshold) {
        return new DatabaseConfig(jdbcUrl, user, password, minIdle, maxPoolSize, connectionTimeout,
                statementTimeout, applicationName, searchPath, threshold);
    }

    /** The settings as text, password redacted. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + ", user=" + user + ", password=" + (password == null ? "null" : "***")
                + ", pool=" + minIdle + ".." + maxPoolSize + ", connectionTimeout=" + connectionTimeout
                + ", statementTimeout=" + statementTimeout + ", applicationName=" + applicationName
                + ", searchPath=" + searchPath + "]";
    }
}
