package dev.tusk;

import dev.tusk.exception.MappingException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.Identifier;
import dev.tusk.model.PropertyModel;
import dev.tusk.model.RelationModel;
import dev.tusk.model.RelationModel.RelationKind;

/**
 * A relation slot resolved against both entity models: which value of the owner is looked up
 * ({@link #ownerKey}) and which column of the target holds it ({@link #targetKey}); for a
 * many-to-many, the junction table in between. Checked once, on first use, with messages naming
 * the slot and the fix.
 *
 * <ul>
 *   <li>MANY_TO_ONE: the owner's foreign-key field, matched against the target's {@code @Id}.</li>
 *   <li>ONE_TO_MANY: the owner's {@code @Id}, matched against the target's {@code mappedBy} field.</li>
 *   <li>MANY_TO_MANY: the owner's {@code @Id} in the junction's join column; the junction's inverse
 *       column matched against the target's {@code @Id}.</li>
 * </ul>
 */
record RelationPath(EntityModel<?> owner, RelationModel slot, EntityModel<?> target, PropertyModel ownerKey,
                    PropertyModel targetKey) {

    static RelationPath resolve(EntityModel<?> owner, RelationModel slot) {
        EntityModel<?> target = EntityModel.of(slot.target());
        String where = owner.type().getSimpleName() + "." + slot.name();
        if (!target.isTable()) {
            throw new MappingException(where + " points at " + slot.target().getName() + ", which is not a table entity:"
                    + " add @Table to it");
        }
        return switch (slot.kind()) {
            case MANY_TO_ONE -> new RelationPath(owner, slot, target, field(owner, slot.foreignKey(), where,
                    "name the foreign-key field with @ManyToOne(by = \"...\")"), singleKey(target, where));
            case ONE_TO_MANY -> new RelationPath(owner, slot, target, singleKey(owner, where),
                    field(target, slot.foreignKey(), where, "fix @OneToMany(mappedBy = ...) to name the field of "
                            + target.type().getSimpleName() + " that holds the key"));
            case MANY_TO_MANY -> new RelationPath(owner, slot, target, singleKey(owner, where), singleKey(target, where));
        };
    }

    RelationKind kind() {
        return slot.kind();
    }

    /** The junction table, quoted and schema-qualified ({@code "blog"."post_tag"}); for MANY_TO_MANY only. */
    String junction() {
        String schema = slot.joinSchema() != null ? slot.joinSchema() : owner.schema();
        return (schema == null ? "" : Identifier.quote(schema) + ".") + Identifier.quote(slot.joinTable());
    }

    String where() {
        return owner.type().getSimpleName() + "." + slot.name();
    }

    private static PropertyModel field(EntityModel<?> model, String name, String where, String fix) {
        return model.find(name).orElseThrow(() -> new MappingException(where + ": " + model.type().getSimpleName()
                + " has no field or column '" + name + "' to hold the key; " + fix));
    }

    private static PropertyModel singleKey(EntityModel<?> model, String where) {
        if (model.keys().size() != 1) {
            throw new MappingException(where + ": " + model.type().getSimpleName() + " has " + model.keys().size()
                    + " @Id fields; relations work through a single-column key");
        }
        return model.keys().get(0);
    }
}
