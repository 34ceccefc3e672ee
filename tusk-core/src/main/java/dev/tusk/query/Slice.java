package dev.tusk.query;

import java.util.List;
import java.util.Optional;

/**
 * One slice of a keyset-paginated result, from {@code query.keyset(size, cursor)}.
 *
 * @param items      the rows of this slice
 * @param nextCursor an opaque cursor for the rows after this slice; null when this is the last slice
 */
public record Slice<T>(List<T> items, String nextCursor) {

    public Slice {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
