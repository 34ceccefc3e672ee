package dev.tusk.bench.env;

import com.zaxxer.hikari.HikariConfig;
import java.util.Map;

/**
 * The one pool configuration every contender gets, so that a difference in the results is the
 * library's and not the pool's. {@code reWriteBatchedInserts} is on for all of them: raw JDBC batching
 * needs it to be competitive, and a library that batches through {@code executeBatch} may use it too.
 *
 * @param maximumSize   most connections; the workloads so far use one at a time
 * @param minimumIdle   connections kept open, equal to the maximum: a fixed pool, as HikariCP advises
 * @param driverOptions pgjdbc connection properties
 */
public record PoolSettings(int maximumSize, int minimumIdle, Map<String, String> driverOptions) {

    /** Ten connections, all kept open, batched inserts rewritten into multi-row statements. */
    public static PoolSettings standard() {
        return new PoolSettings(10, 10, Map.of("reWriteBatchedInserts", "true"));
    }

    public PoolSettings {
        if (maximumSize < 1 || minimumIdle < 0 || minimumIdle > maximumSize) {
            throw new IllegalArgumentException("pool sizes must satisfy 0 <= minimumIdle <= maximumSize and maximumSize >= 1, got "
                    + minimumIdle + " and " + maximumSize);
        }
        driverOptions = Map.copyOf(driverOptions);
    }

    /** A HikariCP configuration for {@code target}, named {@code poolName} (it shows in thread names). */
    HikariConfig toHikari(ServerTarget target, String poolName) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(poolName);
        hikari.setJdbcUrl(target.jdbcUrl());
        hikari.setUsername(target.user());
        hikari.setPassword(target.password());
        hikari.setMaximumPoolSize(maximumSize);
        hikari.setMinimumIdle(minimumIdle);
        driverOptions.forEach(hikari::addDataSourceProperty);
        return hikari;
    }
}
