package dev.tusk.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tusk.DatabaseConfig;

/** PLACEHOLDER: opens the HikariCP pool for a configuration. */
public final class PoolFactory {
    private PoolFactory() {
    }

    public static HikariDataSource open(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(config.minIdle());
        return new HikariDataSource(hikari);
    }
}
