package dev.tusk.query;

import java.util.List;

/** {@code [WITH ...] DELETE FROM table WHERE ... [RETURNING ...]} as data. */
public record DeleteQuery(List<Cte> ctes, Source.Table target, List<Condition> where, List<Selection> returning)
        implements WriteQuery {

    public DeleteQuery {
        ctes = List.copyOf(ctes);
        where = List.copyOf(where);
        returning = List.copyOf(returning);
    }
}
