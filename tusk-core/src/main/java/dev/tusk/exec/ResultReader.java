package dev.tusk.exec;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns an open result set into the caller's value (a list, one entity, a count). */
@FunctionalInterface
public interface ResultReader<R> {
    R read(ResultSet rows) throws SQLException;
}
