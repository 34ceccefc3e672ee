package dev.tusk.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a {@link Query} has been told so far. Immutable: each builder call makes a copy with
 * one part changed.
 *
 * @param deleted   which rows of a {@code @SoftDelete} entity the query sees
 * @param everyRow  {@code all()} was called: a write without {@code where(...)} may touch every row
 * @param prefetch  relation paths to load after the rows, one statement per relation per level
 * @param includes  to-one relations joined into the same statement
 */
record QueryState(List<Cte> ctes, Source source, List<String> only, List<String> deferred, List<Selection> annotations,
                  SelectQuery.Distinct distinct, List<Condition> where, SelectQuery.Grouping grouping, List<Order> orderBy,
                  Long limit, Long offset, Lock lock, DeletedRows deleted, boolean everyRow,
                  List<List<Relation<?, ?>>> prefetch, List<Relation.ToOne<?, ?>> includes) {

    static QueryState of(Class<?> entity) {
        return new QueryState(List.of(), new Source.Table(entity), List.of(), List.of(), List.of(),
                SelectQuery.Distinct.none(), List.of(), SelectQuery.Grouping.none(), List.of(), null, null, null,
                DeletedRows.LIVE, false, List.of(), List.of());
    }

    static <T> List<T> plus(List<T> list, List<? extends T> more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(more);
        return List.copyOf(all);
    }

    QueryState withCtes(List<Cte> value) {
        return new QueryState(value, source, only, deferred, annotations, distinct, where, grouping, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withSource(Source value) {
        return new QueryState(ctes, value, only, deferred, annotations, distinct, where, grouping, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withOnly(List<String> value) {
        return new QueryState(ctes, source, value, deferred, annotations, distinct, where, grouping, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withDeferred(List<String> value) {
        return new QueryState(ctes, source, only, value, annotations, distinct, where, grouping, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withAnnotations(List<Selection> value) {
        return new QueryState(ctes, source, only, deferred, value, distinct, where, grouping, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withDistinct(SelectQuery.Distinct value) {
        return new QueryState(ctes, source, only, deferred, annotations, value, where, grouping, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withWhere(List<Condition> value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, value, grouping, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withGrouping(SelectQuery.Grouping value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, value, orderBy, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withOrderBy(List<Order> value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, value, limit, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withLimit(Long value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, orderBy, value, offset, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withOffset(Long value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, orderBy, limit, value, lock, deleted, everyRow, prefetch, includes);
    }

    QueryState withLock(Lock value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, orderBy, limit, offset, value, deleted, everyRow, prefetch, includes);
    }

    QueryState withPrefetch(List<List<Relation<?, ?>>> value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, orderBy, limit, offset,
                lock, deleted, everyRow, value, includes);
    }

    QueryState withIncludes(List<Relation.ToOne<?, ?>> value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, orderBy, limit, offset,
                lock, deleted, everyRow, prefetch, value);
    }

    QueryState withDeleted(DeletedRows value) {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, orderBy, limit, offset, lock, value, everyRow, prefetch, includes);
    }

    QueryState withEveryRow() {
        return new QueryState(ctes, source, only, deferred, annotations, distinct, where, grouping, orderBy, limit, offset, lock, deleted, true, prefetch, includes);
    }

    /** The caller's conditions and the soft-delete filter: what the query's WHERE says. */
    List<Condition> effectiveWhere() {
        List<Condition> filter = deleted.conditions(source);
        return filter.isEmpty() ? where : plus(where, filter);
    }
}
