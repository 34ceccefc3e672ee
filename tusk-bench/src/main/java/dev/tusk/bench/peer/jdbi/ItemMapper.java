package dev.tusk.bench.peer.jdbi;

import dev.tusk.bench.data.Item;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A hand-written JDBI {@link RowMapper} for {@link Item}, the developer guide's "custom row mapper":
 * one constructor call per row from the columns {@link JdbiBenchmark} selects, in their order
 * ({@code id, sku, name, description, quantity, price, created_at, active}). Reading by index is what
 * makes it cheaper than the reflective {@code ConstructorMapper}, which goes through a column mapper
 * (and boxing) per column; every query that maps to {@code Item} here selects exactly that list.
 */
final class ItemMapper implements RowMapper<Item> {

    @Override
    public Item map(ResultSet row, StatementContext context) throws SQLException {
        return new Item(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                row.getBigDecimal(6), row.getObject(7, OffsetDateTime.class), row.getBoolean(8));
    }
}
