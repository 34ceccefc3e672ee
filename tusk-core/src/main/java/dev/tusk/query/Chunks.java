package dev.tusk.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream read in chunks, each chunk passed through a function before its rows go on (prefetching
 * relations for a streamed query: one round of statements per chunk, constant memory). Lazy, in
 * order; closing it closes the source.
 */
final class Chunks {
    private Chunks() {
    }

    static <T> Stream<T> of(Stream<T> rows, int size, UnaryOperator<List<T>> perChunk) {
        Iterator<T> source = rows.iterator();
        Iterator<T> chunked = new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && source.hasNext()) {
                    List<T> chunk = new ArrayList<>(size);
                    while (chunk.size() < size && source.hasNext()) {
                        chunk.add(source.next());
                    }
                    current = perChunk.apply(chunk).iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunked, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }
}
