package dev.tusk;

import dev.tusk.exception.ValidationException;
import java.util.Arrays;
import java.util.List;

/**
 * A primary key value with several parts, for entities with more than one {@code @Id}; parts in
 * the order the {@code @Id} fields are declared.
 *
 * <pre>{@code
 * Optional<FilmActor> link = db.find(FilmActor.class, Key.of(actorId, filmId));
 * }</pre>
 */
public record Key(List<Object> parts) {

    public Key {
        if (parts == null || parts.isEmpty()) {
            throw new ValidationException("a Key needs at least one part");
        }
        for (int index = 0; index < parts.size(); index++) {
            if (parts.get(index) == null) {
                throw new ValidationException("part " + (index + 1) + " of a Key must not be null");
            }
        }
        parts = List.copyOf(parts);
    }

    public static Key of(Object... parts) {
        if (parts == null) {
            throw new ValidationException("a Key needs at least one part");
        }
        return new Key(Arrays.asList(parts));
    }

    @Override
    public String toString() {
        return "Key" + parts;
    }
}
