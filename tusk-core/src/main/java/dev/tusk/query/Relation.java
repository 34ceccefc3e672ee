package dev.tusk.query;

/**
 * A relation slot of the metamodel ({@code Post_.author}, {@code User_.posts}): the field that holds
 * related entities. Loading them is explicit ({@code include}, {@code prefetch}, {@code db.fetch}).
 *
 * @param <E> the owning entity
 * @param <T> the related entity
 */
public record Relation<E, T>(Class<E> entity, String name, Class<T> target, Kind kind) {

    /** The shape of the relation. */
    public enum Kind { MANY_TO_ONE, ONE_TO_MANY, MANY_TO_MANY }
}
