package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The relation parts of a {@link Query}: checking {@code prefetch} paths and {@code include}
 * relations against the query's entity before any SQL, and applying the prefetch paths to the rows
 * a terminal word read.
 */
final class QueryRelations {
    private QueryRelations() {
    }

    /**
     * The path {@code first, deeper...}, checked: it starts at {@code entity}, and each step starts
     * where the previous one points.
     */
    static List<Relation<?, ?>> prefetchPath(Class<?> entity, Relation<?, ?> first, Relation<?, ?>[] deeper) {
        if (first == null || deeper == null) {
            throw new ValidationException("prefetch(...): relations must not be null");
        }
        List<Relation<?, ?>> path = new ArrayList<>();
        path.add(first);
        path.addAll(Arrays.asList(deeper));
        Class<?> owner = entity;
        for (Relation<?, ?> step : path) {
            if (step == null) {
                throw new ValidationException("prefetch(...): relations must not be null");
            }
            if (!step.entity().isAssignableFrom(owner)) {
                throw new ValidationException("prefetch(...): " + step + " is a relation of "
                        + step.entity().getSimpleName() + ", but this step of the path loads from "
                        + owner.getSimpleName() + "; each relation must start where the previous one points");
            }
            owner = step.target();
        }
        return List.copyOf(path);
    }

    /** {@code existing} plus the checked {@code relations} of {@code entity} not in it yet. */
    static List<Relation.ToOne<?, ?>> includes(Class<?> entity, List<Relation.ToOne<?, ?>> existing,
                                               Relation.ToOne<?, ?>[] relations) {
        if (relations == null || relations.length == 0) {
            throw new ValidationException("include(...): name at least one relation, like include(Post_.author)");
        }
        List<Relation.ToOne<?, ?>> all = new ArrayList<>(existing);
        for (Relation.ToOne<?, ?> relation : relations) {
            if (relation == null) {
                throw new ValidationException("include(...): relations must not be null");
            }
            if (!relation.entity().isAssignableFrom(entity)) {
                throw new ValidationException("include(...): " + relation + " is a relation of "
                        + relation.entity().getSimpleName() + ", not of " + entity.getSimpleName());
            }
            if (!all.contains(relation)) {
                all.add(relation);
            }
        }
        return List.copyOf(all);
    }

    /** The rows with the state's prefetch paths loaded into them (the rows as they are without paths). */
    static <T> List<T> loaded(QueryEngine engine, QueryState state, List<T> rows) {
        return state.prefetch().isEmpty() || rows.isEmpty() ? rows : engine.prefetch(rows, state.prefetch());
    }

    /** {@code query} joining the state's included relations. */
    static SelectQuery withIncludes(SelectQuery query, QueryState state) {
        return state.includes().isEmpty() ? query : new SelectQuery(query.ctes(), query.source(), query.selections(),
                query.distinct(), query.where(), query.grouping(), query.orderBy(), query.limit(), query.offset(),
                query.lock(), state.includes());
    }
}
