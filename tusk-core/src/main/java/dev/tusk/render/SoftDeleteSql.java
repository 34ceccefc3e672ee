package dev.tusk.render;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.stream.Collectors;

/**
 * The by-key statements of one {@code @SoftDelete} entity, written once and cached like
 * {@link EntitySql}'s. Parameters are always the key parts in key order, then the version when the
 * statement checks it. The marking statements return the timestamp (and the bumped version) so the
 * caller gets them without reading the row again.
 */
public final class SoftDeleteSql {
    private static final ClassValue<SoftDeleteSql> CACHE = new ClassValue<>() {
        @Override
        protected SoftDeleteSql computeValue(Class<?> type) {
            return new SoftDeleteSql(EntityModel.of(type));
        }
    };

    private final String markDeleted;
    private final String markDeletedByKey;
    private final String restore;
    private final String selectLiveByKey;
    private final String state;

    private SoftDeleteSql(EntityModel<?> model) {
        PropertyModel marker = model.softDelete().orElseThrow(() -> new ValidationException(
                model.type().getSimpleName() + " has no @SoftDelete field"));
        String table = model.qualifiedTable();
        String key = model.keys().stream().map(part -> part.quotedColumn() + " = ?").collect(Collectors.joining(" AND "));
        String versionCheck = model.version().map(version -> " AND " + version.quotedColumn() + " = ?").orElse("");
        String versionBump = model.version().map(version -> ", " + version.quotedColumn() + " = "
                + version.quotedColumn() + " + 1").orElse("");
        String returning = " RETURNING " + marker.quotedColumn()
                + model.version().map(version -> ", " + version.quotedColumn()).orElse("");
        String live = " AND " + marker.quotedColumn() + " IS NULL";
        String set = "UPDATE " + table + " SET " + marker.quotedColumn();
        this.markDeleted = set + " = now()" + versionBump + " WHERE " + key + versionCheck + live + returning;
        this.markDeletedByKey = set + " = now()" + versionBump + " WHERE " + key + live;
        this.restore = set + " = NULL" + versionBump + " WHERE " + key + versionCheck + " AND "
                + marker.quotedColumn() + " IS NOT NULL" + returning;
        this.selectLiveByKey = EntitySql.of(model.type()).selectByKey() + live;
        this.state = "SELECT " + marker.quotedColumn() + model.version().map(version -> ", " + version.quotedColumn())
                .orElse("") + " FROM " + table + " WHERE " + key;
    }

    /** @throws ValidationException when the entity has no {@code @SoftDelete} field */
    public static SoftDeleteSql of(Class<?> type) {
        return CACHE.get(type);
    }

    /**
     * {@code UPDATE t SET deleted_at = now() [, version = version + 1] WHERE <key> [AND version = ?]
     * AND deleted_at IS NULL RETURNING deleted_at [, version]}.
     */
    public String markDeleted() {
        return markDeleted;
    }

    /** {@link #markDeleted()} by key alone, whatever the version, returning nothing: for {@code deleteById}. */
    public String markDeletedByKey() {
        return markDeletedByKey;
    }

    /**
     * {@code UPDATE t SET deleted_at = NULL [, version = version + 1] WHERE <key> [AND version = ?]
     * AND deleted_at IS NOT NULL RETURNING deleted_at [, version]}.
     */
    public String restore() {
        return restore;
    }

    /** {@code SELECT <all columns> FROM t WHERE <key> AND deleted_at IS NULL}: find and get. */
    public String selectLiveByKey() {
        return selectLiveByKey;
    }

    /** {@code SELECT deleted_at [, version] FROM t WHERE <key>}: why a marking statement changed nothing. */
    public String state() {
        return state;
    }
}
