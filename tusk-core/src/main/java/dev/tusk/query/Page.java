package dev.tusk.query;

import java.util.List;
import java.util.OptionalInt;

/**
 * One page of results with the total count, from {@code query.page(number, size)}. Pages are
 * numbered from 1.
 *
 * @param items      the rows of this page
 * @param number     this page's number, from 1
 * @param size       the page size asked for
 * @param totalCount rows across all pages
 */
public record Page<T>(List<T> items, int number, int size, long totalCount) {

    public Page {
        items = List.copyOf(items);
    }

    /** Pages in all; 0 when there are no rows. */
    public int totalPages() {
        return (int) ((totalCount + size - 1) / size);
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    public boolean hasPrevious() {
        return number > 1 && totalCount > 0;
    }

    public OptionalInt nextNumber() {
        return hasNext() ? OptionalInt.of(number + 1) : OptionalInt.empty();
    }

    public OptionalInt previousNumber() {
        return hasPrevious() ? OptionalInt.of(Math.min(number - 1, Math.max(totalPages(), 1))) : OptionalInt.empty();
    }

    /** 1-based position of this page's first row in the whole result; 0 for an empty page. */
    public long startIndex() {
        return items.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    /** 1-based position of this page's last row; 0 for an empty page. */
    public long endIndex() {
        return items.isEmpty() ? 0 : startIndex() + items.size() - 1;
    }
}
