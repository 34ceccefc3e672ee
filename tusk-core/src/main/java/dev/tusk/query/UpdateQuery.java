package dev.tusk.query;

import java.util.List;

/** {@code [WITH ...] UPDATE table SET a = x, ... WHERE ... [RETURNING ...]} as data. */
public record UpdateQuery(List<Cte> ctes, Source.Table target, List<Assignment> assignments, List<Condition> where,
                          List<Selection> returning) implements WriteQuery {

    public UpdateQuery {
        ctes = List.copyOf(ctes);
        assignments = List.copyOf(assignments);
        where = List.copyOf(where);
        returning = List.copyOf(returning);
    }
}
