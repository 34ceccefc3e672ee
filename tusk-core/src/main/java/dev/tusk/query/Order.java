package dev.tusk.query;

/**
 * One {@code ORDER BY} item: {@code User_.name.asc()}, {@code User_.createdAt.desc().nullsLast()}.
 *
 * @param nulls null for the PostgreSQL default (NULLS LAST ascending, FIRST descending)
 */
public record Order(Expr expression, boolean descending, Nulls nulls) {

    /** Where NULLs sort. */
    public enum Nulls { FIRST, LAST }

    public Order nullsFirst() {
        return new Order(expression, descending, Nulls.FIRST);
    }

    public Order nullsLast() {
        return new Order(expression, descending, Nulls.LAST);
    }
}
