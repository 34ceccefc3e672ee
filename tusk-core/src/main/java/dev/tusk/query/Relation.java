package dev.tusk.query;

/**
 * A relation slot of the metamodel ({@code Post_.author}, {@code User_.posts}): the field that holds
 * related entities. Loading them is explicit ({@code include}, {@code prefetch}, {@code db.fetch}).
 * A to-one slot is a {@link ToOne}, a to-many slot a {@link ToMany}, so that
 * {@code db.fetch(post, Post_.author)} returns an {@code Author} and {@code db.fetch(user, User_.posts)}
 * a {@code List<Post>}.
 *
 * @param <E> the owning entity
 * @param <T> the related entity
 */
public sealed interface Relation<E, T> {

    Class<E> entity();

    /** The slot's Java name. */
    String name();

    /** The related entity class. */
    Class<T> target();

    Kind kind();

    /** The shape of the relation. */
    enum Kind { MANY_TO_ONE, ONE_TO_MANY, MANY_TO_MANY }

    /** A slot holding one entity, found through this entity's foreign key ({@code @ManyToOne}). */
    record ToOne<E, T>(Class<E> entity, String name, Class<T> target) implements Relation<E, T> {
        @Override
        public Kind kind() {
            return Kind.MANY_TO_ONE;
        }

        @Override
        public String toString() {
            return entity.getSimpleName() + "." + name + " (MANY_TO_ONE " + target.getSimpleName() + ")";
        }
    }

    /** A slot holding a list of entities ({@code @OneToMany}, {@code @ManyToMany}). */
    record ToMany<E, T>(Class<E> entity, String name, Class<T> target, Kind kind) implements Relation<E, T> {
        public ToMany {
            if (kind == Kind.MANY_TO_ONE) {
                throw new IllegalArgumentException("a to-many relation is ONE_TO_MANY or MANY_TO_MANY, not " + kind);
            }
        }

        @Override
        public String toString() {
            return entity.getSimpleName() + "." + name + " (" + kind + " " + target.getSimpleName() + ")";
        }
    }
}
