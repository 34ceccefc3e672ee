package dev.tusk;

import dev.tusk.mapping.EntityPlans;
import dev.tusk.mapping.RowMapper;
import dev.tusk.model.EntityModel;
import dev.tusk.model.RelationModel;
import dev.tusk.query.Relation;
import dev.tusk.query.SelectQuery;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the rows of a query with {@code include(...)}: the entity from its own columns (by label),
 * then each included entity from the columns the renderer put after them, in table order (by
 * position), into its slot. A NULL key in an included block means no related row: the slot stays null.
 */
final class IncludedRows {
    private IncludedRows() {
    }

    /** One included block: where its columns start, its key's position in it, its mapper, the slot it fills. */
    private record Block(int first, int keyOffset, RowMapper<?> mapper, RelationModel slot) {}

    static <T> RowMapper<T> mapper(Class<T> rowType, SelectQuery query, ResultSetMetaData metadata, EntityPlans plans)
            throws SQLException {
        int ownColumns = query.selections().size();
        RowMapper<T> own = plans.of(rowType).forResult(metadata, ownColumns);
        EntityModel<T> model = EntityModel.of(rowType);
        List<Block> blocks = new ArrayList<>();
        int next = ownColumns + 1;
        for (Relation.ToOne<?, ?> include : query.includes()) {
            EntityModel<?> target = EntityModel.of(include.target());
            RelationModel slot = model.relation(include.name()).orElseThrow();
            blocks.add(new Block(next, target.keys().get(0).slot(), plans.of(include.target()).tableOrderFrom(next),
                    slot));
            next += target.properties().size();
        }
        return rows -> {
            T entity = own.map(rows);
            for (Block block : blocks) {
                rows.getObject(block.first() + block.keyOffset());
                Object related = rows.wasNull() ? null : block.mapper().map(rows);
                entity = model.withSlot(entity, block.slot(), related);
            }
            return entity;
        };
    }
}
