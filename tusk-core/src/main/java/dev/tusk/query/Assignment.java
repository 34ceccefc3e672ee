package dev.tusk.query;

import dev.tusk.exception.ValidationException;

/**
 * One {@code column = value} of a filtered {@code UPDATE}, made by {@link Col#set}:
 * {@code Order_.status.set("archived")}, {@code Product_.price.set(Product_.price.times(rate))},
 * {@code Order_.shippedAt.set(Functions.now())}. A plain value is bound through the column's codec.
 *
 * @param column the column written (never qualified in SQL: {@code SET "status" = ?})
 * @param value  a bound {@link Expr.Value} or any expression over the row's columns
 */
public record Assignment(Expr.Column column, Expr value) {
    public Assignment {
        if (column == null || value == null) {
            throw new ValidationException("an assignment needs a column and a value expression;"
                    + " to write NULL use setNull()");
        }
    }
}
