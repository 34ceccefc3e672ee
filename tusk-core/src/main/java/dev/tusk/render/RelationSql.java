package dev.tusk.render;

import dev.tusk.model.EntityModel;
import dev.tusk.model.Identifier;

/**
 * The SQL of many-to-many relations, from names the entity models and {@code @ManyToMany} give
 * (validated identifiers, quoted here); every value is a parameter. The junction table is passed
 * already quoted and qualified.
 */
public final class RelationSql {
    private RelationSql() {
    }

    /**
     * The targets linked to any of the owners in one array parameter, each row led by the owner's
     * key: {@code SELECT j."post_id", t."id", t."name" FROM "tag" t JOIN "post_tag" j ON j."tag_id" =
     * t."id" WHERE j."post_id" = ANY(?) ORDER BY j."post_id", t."id"}. Soft-deleted targets are left out.
     */
    public static String linkedTargets(EntityModel<?> target, String junction, String joinColumn, String inverseColumn,
                                       String targetKeyColumn) {
        StringBuilder sql = new StringBuilder("SELECT j.").append(Identifier.quote(joinColumn));
        target.properties().forEach(property -> sql.append(", t.").append(property.quotedColumn()));
        sql.append(" FROM ").append(target.qualifiedTable()).append(" t JOIN ").append(junction).append(" j ON j.")
                .append(Identifier.quote(inverseColumn)).append(" = t.").append(Identifier.quote(targetKeyColumn))
                .append(" WHERE j.").append(Identifier.quote(joinColumn)).append(" = ANY(?)");
        target.softDelete().ifPresent(deleted -> sql.append(" AND t.").append(deleted.quotedColumn()).append(" IS NULL"));
        return sql.append(" ORDER BY j.").append(Identifier.quote(joinColumn)).append(", t.")
                .append(Identifier.quote(targetKeyColumn)).toString();
    }

    /**
     * Links one owner to every target key in an array, skipping links that exist: parameters owner
     * key, key array. {@code keyArrayType} ({@code bigint[]}, from the key's codec) types the array
     * for {@code unnest}, which cannot guess it.
     */
    public static String addLinks(String junction, String joinColumn, String inverseColumn, String keyArrayType) {
        return "INSERT INTO " + junction + " (" + Identifier.quote(joinColumn) + ", " + Identifier.quote(inverseColumn)
                + ") SELECT ?, target FROM unnest(CAST(? AS " + keyArrayType + ")) AS target ON CONFLICT DO NOTHING";
    }

    /** Unlinks one owner from the target keys in an array: parameters owner key, key array. */
    public static String removeLinks(String junction, String joinColumn, String inverseColumn) {
        return "DELETE FROM " + junction + " WHERE " + Identifier.quote(joinColumn) + " = ? AND "
                + Identifier.quote(inverseColumn) + " = ANY(?)";
    }

    /** Unlinks one owner from every target but those in an array: parameters owner key, key array. */
    public static String keepOnlyLinks(String junction, String joinColumn, String inverseColumn) {
        return "DELETE FROM " + junction + " WHERE " + Identifier.quote(joinColumn) + " = ? AND NOT ("
                + Identifier.quote(inverseColumn) + " = ANY(?))";
    }

    /** Unlinks one owner from everything: parameter owner key. */
    public static String clearLinks(String junction, String joinColumn) {
        return "DELETE FROM " + junction + " WHERE " + Identifier.quote(joinColumn) + " = ?";
    }

    /**
     * A whole subtree of a self-referencing table in one statement, the root first, then level by
     * level in key order; each row led by its depth. A cycle in the data stops at the first repeat.
     * Parameter: the root's key.
     *
     * <pre>{@code
     * WITH RECURSIVE "subtree" AS (
     *   SELECT t.*, 0 AS "tusk_depth", ARRAY[t."id"] AS "tusk_path" FROM "category" t WHERE t."id" = ?
     *   UNION ALL
     *   SELECT c.*, s."tusk_depth" + 1, s."tusk_path" || c."id" FROM "category" c JOIN "subtree" s ON c."parent_id" = s."id"
     *   WHERE NOT c."id" = ANY(s."tusk_path"))
     * SELECT "tusk_depth", "id", "name", "parent_id" FROM "subtree" ORDER BY "tusk_depth", "id"
     * }</pre>
     */
    public static String subtree(EntityModel<?> model, String keyColumn, String parentColumn) {
        String key = Identifier.quote(keyColumn);
        String parent = Identifier.quote(parentColumn);
        StringBuilder columns = new StringBuilder();
        StringBuilder rootColumns = new StringBuilder();
        StringBuilder childColumns = new StringBuilder();
        model.properties().forEach(property -> {
            columns.append(", ").append(property.quotedColumn());
            rootColumns.append("t.").append(property.quotedColumn()).append(", ");
            childColumns.append("c.").append(property.quotedColumn()).append(", ");
        });
        String own = columns.substring(2);
        String live = model.softDelete().map(deleted -> " AND c." + deleted.quotedColumn() + " IS NULL").orElse("");
        return "WITH RECURSIVE \"subtree\" AS (SELECT " + rootColumns
                + "0 AS \"tusk_depth\", ARRAY[t." + key + "] AS \"tusk_path\" FROM " + model.qualifiedTable()
                + " t WHERE t." + key + " = ? UNION ALL SELECT " + childColumns + "s.\"tusk_depth\" + 1, s.\"tusk_path\" || c." + key
                + " FROM " + model.qualifiedTable() + " c JOIN \"subtree\" s ON c." + parent + " = s." + key
                + " WHERE NOT c." + key + " = ANY(s.\"tusk_path\")" + live + ") SELECT \"tusk_depth\", " + own
                + " FROM \"subtree\" ORDER BY \"tusk_depth\", " + key;
    }
}
