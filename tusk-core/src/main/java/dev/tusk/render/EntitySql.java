package dev.tusk.render;

import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CRUD statements of one entity: select, insert, update, upsert and delete by key. Written once
 * per entity and statement shape (which columns an insert leaves to the database, which an update
 * sets) and cached. Columns are always listed in table order and quoted.
 */
public final class EntitySql {
    private static final ClassValue<EntitySql> CACHE = new ClassValue<>() {
        @Override
        protected EntitySql computeValue(Class<?> type) {
            return new EntitySql(EntityModel.of(type));
        }
    };

    private final EntityModel<?> model;
    private final String columnList;
    private final String keyCondition;
    private final String selectByKey;
    private final String delete;
    private final String deleteVersioned;
    private final Map<BitSet, String> inserts = new ConcurrentHashMap<>();
    private final Map<BitSet, String> upserts = new ConcurrentHashMap<>();
    private final Map<BitSet, String> updates = new ConcurrentHashMap<>();

    private EntitySql(EntityModel<?> model) {
        this.model = model;
        this.columnList = join(model.properties(), PropertyModel::quotedColumn);
        this.keyCondition = model.keys().stream().map(key -> key.quotedColumn() + " = ?")
                .collect(Collectors.joining(" AND "));
        this.selectByKey = "SELECT " + columnList + " FROM " + model.qualifiedTable() + " WHERE " + keyCondition;
        this.delete = "DELETE FROM " + model.qualifiedTable() + " WHERE " + keyCondition;
        this.deleteVersioned = model.version().map(version -> delete + " AND " + version.quotedColumn() + " = ?")
                .orElse(delete);
    }

    public static EntitySql of(Class<?> type) {
        return CACHE.get(type);
    }

    /** Every column, quoted, in table order: {@code "id", "name", ...}. */
    public String columnList() {
        return columnList;
    }

    /** {@code SELECT <all columns> FROM <table> WHERE <key> = ?}; parameters: the key parts in key order. */
    public String selectByKey() {
        return selectByKey;
    }

    /** Parameters: the key parts, then the version when the entity has one. */
    public String delete() {
        return deleteVersioned;
    }

    /** Parameters: the key parts only, whatever the version. */
    public String deleteByKey() {
        return delete;
    }

    /**
     * {@code INSERT INTO t (<written>) VALUES (?, ...) [RETURNING <omitted>]}.
     *
     * @param omitted slots left to the database (generated or defaulted); they come back through RETURNING
     */
    public String insert(BitSet omitted) {
        return inserts.computeIfAbsent(omitted, shape -> insertText(shape, null));
    }

    /**
     * An insert that updates the row when its key exists:
     * {@code INSERT ... ON CONFLICT (<key>) DO UPDATE SET c = EXCLUDED.c ... [RETURNING <omitted>]}.
     */
    public String upsertByKey(BitSet omitted) {
        return upserts.computeIfAbsent(omitted, shape -> {
            List<PropertyModel> updated = model.properties().stream()
                    .filter(property -> !property.id() && !shape.get(property.slot())).toList();
            String conflict = " ON CONFLICT (" + join(model.keys(), PropertyModel::quotedColumn) + ") DO "
                    + (updated.isEmpty() ? "NOTHING"
                    : "UPDATE SET " + join(updated, property -> property.quotedColumn() + " = EXCLUDED."
                    + property.quotedColumn()));
            return insertText(shape, conflict);
        });
    }

    /**
     * {@code UPDATE t SET a = ?, ... [, version = version + 1] WHERE <key> = ? [AND version = ?]}.
     * Parameters: the set columns in table order, the key parts, then the current version.
     *
     * @param set slots of the columns to set (never key or version columns)
     */
    public String update(BitSet set) {
        return updates.computeIfAbsent(set, shape -> {
            String assignments = shape.stream().mapToObj(slot -> model.properties().get(slot).quotedColumn() + " = ?")
                    .collect(Collectors.joining(", "));
            String versionBump = model.version().map(version -> version.quotedColumn() + " = "
                    + version.quotedColumn() + " + 1").orElse("");
            String separator = assignments.isEmpty() || versionBump.isEmpty() ? "" : ", ";
            return "UPDATE " + model.qualifiedTable() + " SET " + assignments + separator + versionBump + " WHERE "
                    + keyCondition + model.version().map(version -> " AND " + version.quotedColumn() + " = ?").orElse("");
        });
    }

    private String insertText(BitSet omitted, String conflictClause) {
        List<PropertyModel> written = model.properties().stream().filter(property -> !omitted.get(property.slot()))
                .toList();
        List<PropertyModel> returned = model.properties().stream().filter(property -> omitted.get(property.slot()))
                .toList();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(model.qualifiedTable());
        if (written.isEmpty()) {
            sql.append(" DEFAULT VALUES");
        } else {
            sql.append(" (").append(join(written, PropertyModel::quotedColumn)).append(") VALUES (")
                    .append(written.stream().map(property -> "?").collect(Collectors.joining(", "))).append(')');
        }
        if (conflictClause != null) {
            sql.append(conflictClause);
        }
        if (!returned.isEmpty()) {
            sql.append(" RETURNING ").append(join(returned, PropertyModel::quotedColumn));
        }
        return sql.toString();
    }

    private static String join(List<PropertyModel> properties, Function<PropertyModel, String> part) {
        return properties.stream().map(part).collect(Collectors.joining(", "));
    }
}
