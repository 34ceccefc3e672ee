package dev.tusk.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result set into one value. Planned once per result shape. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(ResultSet rows) throws SQLException;
}
