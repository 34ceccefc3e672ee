package dev.tusk.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.tusk.DatabaseConfig;
import dev.tusk.exception.ConfigurationException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens the HikariCP pool for a {@link DatabaseConfig} and proves it works: the constructor opens
 * one connection and throws a {@link dev.tusk.exception.ConnectionException} that names the cause
 * when it cannot (see {@code ConnectionFailure}).
 *
 * <p>What each setting becomes:
 * <ul>
 * <li>{@code connectionTimeout}: Hikari's wait for a pooled connection, and pgjdbc's
 *     {@code loginTimeout} (the whole login, any number of hosts) and {@code connectTimeout} (each TCP
 *     connect, unless the URL sets it), so that a wrong host fails within it;</li>
 * <li>{@code searchPath} and {@code statementTimeout}: {@code -c} switches appended to the startup
 *     {@code options}, after any the URL gave, so they hold from the first statement at no cost;</li>
 * <li>{@code applicationName}: pgjdbc's {@code ApplicationName}; an {@code application_name} in the
 *     URL wins over the default {@code tusk}, but not over a name set on the builder.</li>
 * </ul>
 * No {@code socketTimeout} is set: it would cut off long queries; {@code statementTimeout} is the
 * server-side bound and the URL may still set {@code socketTimeout}.
 */
public final class PoolFactory {
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();
    private static final String DEFAULT_APPLICATION_NAME = "tusk";
    private static final long MAX_VALIDATION_MILLIS = 5_000;
    /** Hikari: one attempt at start-up, then throw (it pauses 1 s after a failed attempt before it does). */
    private static final long FAIL_AFTER_FIRST_ATTEMPT = 1;

    private PoolFactory() {
    }

    /**
     * Opens the pool and one connection.
     *
     * @throws ConfigurationException when a setting is invalid (a search path entry that is no plain identifier...)
     * @throws dev.tusk.exception.ConnectionException when no connection can be made; the message says why
     */
    public static HikariDataSource open(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        HikariConfig hikari = configure(config);
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException failure) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            throw ConnectionFailure.explain(cause, ConnectionTarget.of(config.jdbcUrl(), config.user()),
                    config.connectionTimeout(), config.password());
        }
    }

    static HikariConfig configure(DatabaseConfig config) {
        int queryStart = config.jdbcUrl().indexOf('?');
        Properties properties = queryStart < 0 ? new Properties() : queryProperties(config.jdbcUrl().substring(queryStart + 1));
        long timeoutMillis = config.connectionTimeout().toMillis();
        properties.setProperty("loginTimeout", BigDecimal.valueOf(timeoutMillis, 3).stripTrailingZeros().toPlainString());
        properties.putIfAbsent("connectTimeout", Long.toString(Math.ceilDiv(timeoutMillis, 1000)));
        if (config.applicationName() != null) {
            properties.setProperty("ApplicationName", config.applicationName());
        } else if (!properties.containsKey("ApplicationName")) {
            properties.setProperty("ApplicationName", DEFAULT_APPLICATION_NAME);
        }
        String options = ConnectionOptions.merge(properties.getProperty("options"), config.searchPath(),
                config.statementTimeout());
        if (options != null) {
            properties.setProperty("options", options);
        }

        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("tusk-" + POOL_NUMBER.incrementAndGet());
        // parameters travel as properties, so that ours can be merged with the URL's rather than overridden by it
        hikari.setJdbcUrl(queryStart < 0 ? config.jdbcUrl() : config.jdbcUrl().substring(0, queryStart));
        hikari.setDataSourceProperties(properties);
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(config.minIdle());
        hikari.setConnectionTimeout(timeoutMillis);
        hikari.setValidationTimeout(Math.min(MAX_VALIDATION_MILLIS, timeoutMillis));
        hikari.setInitializationFailTimeout(FAIL_AFTER_FIRST_ATTEMPT);
        return hikari;
    }

    /** The URL's query as pgjdbc would read it: values URL-decoded, a later duplicate winning. */
    private static Properties queryProperties(String query) {
        Properties properties = new Properties();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            properties.setProperty(name, value);
        }
        return properties;
    }
}
