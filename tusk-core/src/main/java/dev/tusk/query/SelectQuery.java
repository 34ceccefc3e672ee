package dev.tusk.query;

import java.util.List;

/**
 * The root of the query AST: everything a SELECT says, as plain data. {@link Query} builds it;
 * the renderer turns it into SQL. {@code selections} is always explicit (the entity's columns
 * unless a projection was asked for).
 *
 * @param limit  null for no LIMIT
 * @param offset null for no OFFSET
 * @param lock   null for no row lock
 */
public record SelectQuery(List<Cte> ctes, Source source, List<Selection> selections, Distinct distinct,
                          List<Condition> where, Grouping grouping, List<Order> orderBy, Long limit, Long offset,
                          Lock lock, List<Relation.ToOne<?, ?>> includes) {

    public SelectQuery {
        ctes = List.copyOf(ctes);
        selections = List.copyOf(selections);
        where = List.copyOf(where);
        orderBy = List.copyOf(orderBy);
        includes = List.copyOf(includes);
    }

    /** A query that joins no relation ({@code include}). */
    public SelectQuery(List<Cte> ctes, Source source, List<Selection> selections, Distinct distinct,
                       List<Condition> where, Grouping grouping, List<Order> orderBy, Long limit, Long offset,
                       Lock lock) {
        this(ctes, source, selections, distinct, where, grouping, orderBy, limit, offset, lock, List.of());
    }

    /**
     * {@code DISTINCT} or {@code DISTINCT ON (...)}; {@code none()} for neither.
     *
     * @param on expressions of DISTINCT ON; empty for plain DISTINCT
     */
    public record Distinct(boolean enabled, List<Expr> on) {
        private static final Distinct NONE = new Distinct(false, List.of());

        public Distinct {
            on = List.copyOf(on);
        }

        public static Distinct none() {
            return NONE;
        }
    }

    /** {@code GROUP BY ... HAVING ...}; both may be empty. */
    public record Grouping(List<Expr> groupBy, List<Condition> having) {
        private static final Grouping NONE = new Grouping(List.of(), List.of());

        public Grouping {
            groupBy = List.copyOf(groupBy);
            having = List.copyOf(having);
        }

        public static Grouping none() {
            return NONE;
        }
    }
}
