package dev.tusk.query;

import dev.tusk.mapping.Row;
import dev.tusk.render.SqlStatement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What runs a {@link Query}: renders its AST and executes it on a database (or in a transaction).
 * Implemented by the front door; the DSL never touches connections itself.
 */
public interface QueryEngine {

    SqlStatement render(SelectQuery query);

    <T> List<T> list(SelectQuery query, Class<T> rowType);

    <T> Optional<T> first(SelectQuery query, Class<T> rowType);

    /** At most one row; NonUniqueResultException when there are more. */
    <T> Optional<T> findOne(SelectQuery query, Class<T> rowType);

    List<Row> rows(SelectQuery query);

    /** A server-side cursor read {@code fetchSize} rows at a time; the caller must close the stream. */
    <T> Stream<T> stream(SelectQuery query, Class<T> rowType, int fetchSize);

    /** {@code SELECT count(*) FROM (query)}. */
    long count(SelectQuery query);

    /** {@code SELECT EXISTS (query)}. */
    boolean exists(SelectQuery query);

    /** Validates a filtered write's values, renders and runs it; returns the number of rows written. */
    long write(WriteQuery query);

    /** {@link #write} with {@code RETURNING}: the written rows mapped into {@code rowType}. */
    <T> List<T> writeReturning(WriteQuery query, Class<T> rowType);

    /** A field value in its column's PostgreSQL text form (for keyset cursors). */
    String format(Class<?> entity, String field, Object value);

    /** The inverse of {@link #format}. */
    Object parse(Class<?> entity, String field, String text);

    /**
     * Loads the relation paths into {@code rows} (one statement per relation per level) and returns
     * them with their slots filled: records as new instances, class instances in place.
     */
    <T> List<T> prefetch(List<T> rows, List<List<Relation<?, ?>>> paths);
}
