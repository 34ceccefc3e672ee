package dev.tusk.query;

import dev.tusk.model.Identifier;
import dev.tusk.render.ParsedSql;
import java.util.List;
import java.util.Map;

/**
 * A common table expression for {@code WITH}: a name and either a query or raw SQL (parsed once,
 * values bound). {@code recursive} ones may refer to themselves.
 *
 * <pre>{@code
 * db.from(Film.class).with(Cte.of("long_films", db.from(Film.class).where(Film_.length.gt((short) 150))))
 * Cte.recursive("chain", "select 1 as n union all select n + 1 from chain where n < :max", Map.of("max", 10))
 * }</pre>
 */
public record Cte(String name, SelectQuery query, ParsedSql sql, Map<String, ?> bindings, boolean recursive) {

    public Cte {
        Identifier.requireSafe(name, "CTE name");
        bindings = bindings == null ? Map.of() : Map.copyOf(bindings);
        if ((query == null) == (sql == null)) {
            throw new dev.tusk.exception.ValidationException("a CTE needs exactly one of a query or SQL text");
        }
    }

    public static Cte of(String name, Query<?> query) {
        return new Cte(name, query.toAst(), null, Map.of(), false);
    }

    public static Cte of(String name, String sql, Map<String, ?> bindings) {
        return new Cte(name, null, ParsedSql.cached(sql), bindings, false);
    }

    public static Cte recursive(String name, Query<?> query) {
        return new Cte(name, query.toAst(), null, Map.of(), true);
    }

    public static Cte recursive(String name, String sql, Map<String, ?> bindings) {
        return new Cte(name, null, ParsedSql.cached(sql), bindings, true);
    }

    /** The CTE's columns by name, to select or filter on: {@code Cte.column("chain", "n")}. */
    public static OrderedExpression<Object> column(String cteName, String column) {
        return new ComputedExpressions.OrderedNode<>(new Expr.Named(Identifier.requireSafe(column, "column"),
                Identifier.requireSafe(cteName, "CTE name")));
    }

}
