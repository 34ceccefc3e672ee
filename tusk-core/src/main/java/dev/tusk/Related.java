package dev.tusk;

import dev.tusk.query.Relation;
import java.util.List;
import java.util.Map;

/**
 * Every relation of one entity, loaded by {@code db.fetchAll(entity)}: the entity with all its
 * relation slots filled, each slot's value by relation, and, for a slot that could not be loaded
 * (its table missing or not readable), why it is empty.
 *
 * <pre>{@code
 * Related<Post> related = db.fetchAll(post);
 * Author author = related.get(Post_.author);
 * List<Tag> tags = related.get(Post_.tags);
 * Post filled = related.entity();             // author and tags set
 * }</pre>
 *
 * @param <E> the entity
 */
public final class Related<E> {
    private final E entity;
    private final Map<String, Object> slots;
    private final Map<String, String> problems;

    Related(E entity, Map<String, Object> slots, Map<String, String> problems) {
        this.entity = entity;
        this.slots = slots;
        this.problems = Map.copyOf(problems);
    }

    /** The entity with every relation slot filled (a record is a new instance, a class the same one). */
    public E entity() {
        return entity;
    }

    /** The entity a to-one relation points at, or null when there is none. */
    public <T> T get(Relation.ToOne<E, T> relation) {
        return relation.target().cast(slots.get(relation.name()));
    }

    /** The entities of a to-many relation; empty when there are none or they could not be read. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Relation.ToMany<E, T> relation) {
        Object value = slots.get(relation.name());
        return value == null ? List.of() : (List<T>) value;
    }

    /** Per slot name, why it is empty although it may not be: a missing or unreadable table. Empty when all loaded. */
    public Map<String, String> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return "Related" + slots.keySet() + (problems.isEmpty() ? "" : ", problems " + problems);
    }
}
