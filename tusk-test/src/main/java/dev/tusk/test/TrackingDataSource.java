package dev.tusk.test;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The class's HikariCP pool, with every borrowed connection recorded for the leak check. The
 * connections are HikariCP's own, not wrapped; {@code unwrap(HikariDataSource.class)} reaches the
 * pool.
 */
final class TrackingDataSource implements DataSource {

    private final HikariDataSource pool;
    private final ConnectionTracker tracker;

    TrackingDataSource(HikariDataSource pool, ConnectionTracker tracker) {
        this.pool = pool;
        this.tracker = tracker;
    }

    HikariDataSource pool() {
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return tracker.track(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return tracker.track(pool.getConnection(username, password));
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(pool)) {
            return type.cast(pool);
        }
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || type.isInstance(pool) || pool.isWrapperFor(type);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public String toString() {
        return "TrackingDataSource[" + pool.getPoolName() + "]";
    }
}
