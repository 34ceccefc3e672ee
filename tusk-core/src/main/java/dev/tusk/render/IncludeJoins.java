package dev.tusk.render;

import dev.tusk.exception.MappingException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.Identifier;
import dev.tusk.model.PropertyModel;
import dev.tusk.model.RelationModel;
import dev.tusk.query.Relation;
import java.util.List;

/**
 * The joins of {@code include(...)}: per to-one relation, {@code LEFT JOIN <target> AS "j<n>" ON
 * "j<n>".<key> = <owner alias>.<foreign key>} (and the target's soft-delete filter), and its columns
 * after the entity's, in table order. Their labels are positional; the mapper reads them by position.
 */
final class IncludeJoins {
    private IncludeJoins() {
    }

    /** One included relation, resolved against the models. */
    record Join(EntityModel<?> target, PropertyModel foreignKey, PropertyModel targetKey, String alias) {}

    static List<Join> resolve(List<Relation.ToOne<?, ?>> includes, String ownerAlias) {
        return java.util.stream.IntStream.range(0, includes.size())
                .mapToObj(index -> resolve(includes.get(index), ownerAlias + "_j" + index)).toList();
    }

    private static Join resolve(Relation.ToOne<?, ?> include, String alias) {
        EntityModel<?> owner = EntityModel.of(include.entity());
        String where = owner.type().getSimpleName() + "." + include.name();
        RelationModel slot = owner.relation(include.name()).orElseThrow(() -> new MappingException(where
                + " is not a relation slot of " + owner.type().getSimpleName()));
        PropertyModel foreignKey = owner.find(slot.foreignKey()).orElseThrow(() -> new MappingException(where + ": "
                + owner.type().getSimpleName() + " has no field '" + slot.foreignKey() + "' holding the key; name it with"
                + " @ManyToOne(by = \"...\")"));
        EntityModel<?> target = EntityModel.of(slot.target());
        if (!target.isTable() || target.keys().size() != 1) {
            throw new MappingException(where + ": include needs a table entity with one @Id, "
                    + target.type().getSimpleName() + " is not");
        }
        return new Join(target, foreignKey, target.keys().get(0), alias);
    }

    /** {@code , "t0_j0"."id" AS "t0_j0.id", ...} for every include. */
    static void columns(SqlWriter writer, List<Join> joins) {
        for (Join join : joins) {
            for (PropertyModel property : join.target().properties()) {
                writer.append(", ").append(Identifier.quote(join.alias())).append('.').append(property.quotedColumn())
                        .append(" AS ").append(Identifier.quote(join.alias() + "." + property.column()));
            }
        }
    }

    /** {@code LEFT JOIN "author" AS "t0_j0" ON "t0_j0"."id" = "t0"."author_id"} for every include. */
    static void joins(SqlWriter writer, List<Join> joins, String ownerAlias) {
        for (Join join : joins) {
            String alias = Identifier.quote(join.alias());
            writer.append(" LEFT JOIN ").append(join.target().qualifiedTable()).append(" AS ").append(alias)
                    .append(" ON ").append(alias).append('.').append(join.targetKey().quotedColumn()).append(" = ")
                    .append(Identifier.quote(ownerAlias)).append('.').append(join.foreignKey().quotedColumn());
            join.target().softDelete().ifPresent(deleted ->
                    writer.append(" AND ").append(alias).append('.').append(deleted.quotedColumn()).append(" IS NULL"));
        }
    }
}
