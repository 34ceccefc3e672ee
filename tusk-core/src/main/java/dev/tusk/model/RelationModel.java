package dev.tusk.model;

import java.lang.invoke.MethodHandle;

/**
 * One relation slot of an entity: a field (or record component) that holds related entities and
 * has no column. Null means not loaded; for the to-many kinds an empty list means none.
 *
 * @param name              the slot's Java name ({@code author}, {@code posts})
 * @param kind              its shape
 * @param target            the related entity class (the list's element type for to-many slots)
 * @param foreignKey        MANY_TO_ONE: the field of this entity holding the key; ONE_TO_MANY: the
 *                          field of the target holding this entity's key ({@code mappedBy}); null
 *                          for MANY_TO_MANY
 * @param joinSchema        MANY_TO_MANY: the junction table's schema, or null for the owner's
 * @param joinTable         MANY_TO_MANY: the junction table
 * @param joinColumn        MANY_TO_MANY: the junction column holding this entity's key
 * @param inverseJoinColumn MANY_TO_MANY: the junction column holding the target's key
 * @param getter            {@code (Object entity) -> Object slot}
 * @param setter            {@code (Object entity, Object slot) -> void}; null for records
 * @param component         for records, the slot's index among the record components; -1 for classes
 */
public record RelationModel(String name, RelationKind kind, Class<?> target, String foreignKey, String joinSchema,
                            String joinTable, String joinColumn, String inverseJoinColumn, MethodHandle getter,
                            MethodHandle setter, int component) {

    /** The shapes of a relation. */
    public enum RelationKind {
        /** This entity's foreign key points at one target ({@code Post.author}). */
        MANY_TO_ONE,
        /** Targets' foreign keys point at this entity ({@code User.posts}). */
        ONE_TO_MANY,
        /** Linked through rows of a junction table ({@code Post.tags}). */
        MANY_TO_MANY;

        public boolean toMany() {
            return this != MANY_TO_ONE;
        }
    }

    @Override
    public String toString() {
        return name + " (" + kind + " " + target.getSimpleName() + ")";
    }
}
