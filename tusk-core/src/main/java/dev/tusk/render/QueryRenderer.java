package dev.tusk.render;

import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.Identifier;
import dev.tusk.query.Aggregates;
import dev.tusk.query.Condition;
import dev.tusk.query.Cte;
import dev.tusk.query.Expr;
import dev.tusk.query.Lock;
import dev.tusk.query.Order;
import dev.tusk.query.SelectQuery;
import dev.tusk.query.Selection;
import dev.tusk.query.Source;
import java.util.List;

/**
 * Turns the query AST into SQL and parameters: the one place that writes query SQL. Every value is
 * bound; every identifier comes from the entity model or is a validated alias, and is quoted.
 * Expressions and conditions are rendered by exhaustive switches ({@link ExpressionRenderer},
 * {@link ConditionRenderer}), so a new AST node does not compile until it is rendered here.
 */
public final class QueryRenderer {
    private final EntityPlans plans;

    public QueryRenderer(EntityPlans plans) {
        this.plans = plans;
    }

    public RenderedQuery render(SelectQuery query) {
        RenderPass pass = new RenderPass(new SqlWriter(), new RenderScope(plans));
        pass.select(query);
        return pass.writer().finish();
    }

    /**
     * {@code SELECT count(*) FROM source WHERE ...} for a plain filtered query (what a page count
     * is), else {@code SELECT count(*) FROM (query) AS "counted"}: DISTINCT, GROUP BY, LIMIT/OFFSET,
     * a lock or joined relations change what a row is, so those are counted as a subquery.
     */
    public RenderedQuery count(SelectQuery query) {
        RenderPass pass = new RenderPass(new SqlWriter(), new RenderScope(plans));
        if (countsSourceRows(query)) {
            pass.select(new SelectQuery(query.ctes(), query.source(), List.of(Aggregates.count().as("count")),
                    query.distinct(), query.where(), query.grouping(), List.of(), null, null, null));
            return pass.writer().finish();
        }
        pass.writer().append("SELECT count(*) FROM (");
        pass.select(query);
        pass.writer().append(") AS \"counted\"");
        return pass.writer().finish();
    }

    private static boolean countsSourceRows(SelectQuery query) {
        return !query.distinct().enabled() && query.grouping().groupBy().isEmpty()
                && query.grouping().having().isEmpty() && query.limit() == null && query.offset() == null
                && query.lock() == null && query.includes().isEmpty();
    }

    /** {@code SELECT EXISTS (query)}. */
    public RenderedQuery exists(SelectQuery query) {
        RenderPass pass = new RenderPass(new SqlWriter(), new RenderScope(plans));
        pass.writer().append("SELECT EXISTS (");
        pass.select(query);
        pass.writer().append(')');
        return pass.writer().finish();
    }

    /** One render pass: the writer, the scope, and the recursive descent over the AST; {@link WriteRenderer} shares it. */
    record RenderPass(SqlWriter writer, RenderScope scope) {

        void select(SelectQuery query) {
            ctes(query.ctes());
            RenderScope.Level level = scope.enter(query.source());
            try {
                List<IncludeJoins.Join> joins = query.includes().isEmpty() ? List.of()
                        : IncludeJoins.resolve(query.includes(), level.alias());
                writer.append("SELECT ");
                distinct(query.distinct());
                list(query.selections(), this::selection);
                IncludeJoins.columns(writer, joins);
                writer.append(" FROM ");
                source(query.source(), level);
                IncludeJoins.joins(writer, joins, level.alias());
                conditions(" WHERE ", query.where());
                if (!query.grouping().groupBy().isEmpty()) {
                    writer.append(" GROUP BY ");
                    list(query.grouping().groupBy(), item -> selectedOrExpression(item, query.selections()));
                }
                conditions(" HAVING ", query.grouping().having());
                if (!query.orderBy().isEmpty()) {
                    writer.append(" ORDER BY ");
                    list(query.orderBy(), order -> {
                        selectedOrExpression(order.expression(), query.selections());
                        direction(order);
                    });
                }
                if (query.limit() != null) {
                    writer.append(" LIMIT ").bind(query.limit(), null, "limit");
                }
                if (query.offset() != null) {
                    writer.append(" OFFSET ").bind(query.offset(), null, "offset");
                }
                lock(query.lock(), level, !joins.isEmpty());
            } finally {
                scope.leave();
            }
        }

        void expression(Expr expression) {
            ExpressionRenderer.render(expression, this);
        }

        void condition(Condition condition) {
            ConditionRenderer.render(condition, this);
        }

        void order(Order order) {
            expression(order.expression());
            direction(order);
        }

        private void direction(Order order) {
            if (order.descending()) {
                writer.append(" DESC");
            }
            if (order.nulls() != null) {
                writer.append(order.nulls() == Order.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }

        /**
         * A computed expression that is also selected is named by its position in the select list. Written
         * out again, its bound values would be new parameters, which PostgreSQL takes for a different
         * expression: GROUP BY a CASE with values fails, and a pgvector distance would be sent twice.
         */
        private void selectedOrExpression(Expr expression, List<Selection> selections) {
            boolean computed = !(expression instanceof Expr.Column || expression instanceof Expr.Outer
                    || expression instanceof Expr.Named);
            for (int index = 0; computed && index < selections.size(); index++) {
                if (selections.get(index).expression().equals(expression)) {
                    writer.append(Integer.toString(index + 1));
                    return;
                }
            }
            expression(expression);
        }

        <X> void list(List<X> items, java.util.function.Consumer<X> each) {
            for (int index = 0; index < items.size(); index++) {
                if (index > 0) {
                    writer.append(", ");
                }
                each.accept(items.get(index));
            }
        }

        void ctes(List<Cte> ctes) {
            if (ctes.isEmpty()) {
                return;
            }
            writer.append(ctes.stream().anyMatch(Cte::recursive) ? "WITH RECURSIVE " : "WITH ");
            list(ctes, cte -> {
                writer.append(Identifier.quote(cte.name())).append(" AS (");
                if (cte.query() != null) {
                    select(cte.query());
                } else {
                    SqlStatement raw = cte.sql().toStatement(cte.bindings(), List.of());
                    writer.append(raw.sql());
                    writer.addRaw(raw.params());
                }
                writer.append(')');
            });
            writer.append(' ');
        }

        private void distinct(SelectQuery.Distinct distinct) {
            if (!distinct.enabled()) {
                return;
            }
            writer.append("DISTINCT ");
            if (!distinct.on().isEmpty()) {
                writer.append("ON (");
                list(distinct.on(), this::expression);
                writer.append(") ");
            }
        }

        void selection(Selection selection) {
            expression(selection.expression());
            writer.append(" AS ").append(Identifier.quote(selection.alias()));
        }

        private void source(Source source, RenderScope.Level level) {
            switch (source) {
                case Source.Table table -> writer.append(EntityModel.of(table.entity()).qualifiedTable())
                        .append(" AS ").append(Identifier.quote(level.alias()));
                case Source.CteRef cte -> writer.append(Identifier.quote(cte.name()));
            }
        }

        void conditions(String keyword, List<Condition> conditions) {
            if (conditions.isEmpty()) {
                return;
            }
            writer.append(keyword);
            for (int index = 0; index < conditions.size(); index++) {
                if (index > 0) {
                    writer.append(" AND ");
                }
                boolean wrap = conditions.size() > 1 && conditions.get(index) instanceof Condition.Or;
                writer.append(wrap ? "(" : "");
                condition(conditions.get(index));
                writer.append(wrap ? ")" : "");
            }
        }

        /** The row lock; with included joins, only the entity's own rows ({@code OF t0}): an outer join's nullable side cannot be locked. */
        private void lock(Lock lock, RenderScope.Level level, boolean joined) {
            if (lock == null) {
                return;
            }
            writer.append(' ').append(lock.strength().sql());
            if (lock.of().isEmpty() && joined) {
                writer.append(" OF ").append(Identifier.quote(level.alias()));
            } else if (!lock.of().isEmpty()) {
                for (Class<?> entity : lock.of()) {
                    if (entity != level.entity()) {
                        throw new ValidationException("of(" + entity.getSimpleName() + ") names no table of this query,"
                                + " which reads " + level.entity().getSimpleName());
                    }
                }
                writer.append(" OF ").append(Identifier.quote(level.alias()));
            }
            switch (lock.waiting()) {
                case WAIT -> { }
                case NOWAIT -> writer.append(" NOWAIT");
                case SKIP_LOCKED -> writer.append(" SKIP LOCKED");
            }
        }
    }
}
