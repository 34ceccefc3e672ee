package dev.tusk.render;

import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.Identifier;
import dev.tusk.query.Assignment;
import dev.tusk.query.DeleteQuery;
import dev.tusk.query.Expr;
import dev.tusk.query.Selection;
import dev.tusk.query.UpdateQuery;
import dev.tusk.query.WriteQuery;
import java.util.List;

/**
 * Renders filtered writes: {@code [WITH ...] UPDATE "t" AS "t0" SET "c" = ? ... WHERE ... [RETURNING ...]}
 * and {@code DELETE FROM "t" AS "t0" WHERE ...}. Shares {@link QueryRenderer}'s render pass, so
 * conditions, subqueries and bound values are written exactly as in a SELECT; the table is aliased
 * {@code t0} like a query's, and assigned columns are written bare, as PostgreSQL requires.
 */
public final class WriteRenderer {
    private final EntityPlans plans;

    public WriteRenderer(EntityPlans plans) {
        this.plans = plans;
    }

    public RenderedQuery render(WriteQuery query) {
        QueryRenderer.RenderPass pass = new QueryRenderer.RenderPass(new SqlWriter(), new RenderScope(plans));
        pass.ctes(query.ctes());
        RenderScope.Level level = pass.scope().enter(query.target());
        try {
            String table = EntityModel.of(query.target().entity()).qualifiedTable() + " AS "
                    + Identifier.quote(level.alias());
            switch (query) {
                case UpdateQuery update -> {
                    pass.writer().append("UPDATE ").append(table).append(" SET ");
                    pass.list(update.assignments(), assignment -> assignment(assignment, pass));
                }
                case DeleteQuery ignored -> pass.writer().append("DELETE FROM ").append(table);
            }
            pass.conditions(" WHERE ", query.where());
            returning(query.returning(), pass);
        } finally {
            pass.scope().leave();
        }
        return pass.writer().finish();
    }

    /** {@code "column" = value}: a NULL is bound through the column's codec, so its type is the column's. */
    private static void assignment(Assignment assignment, QueryRenderer.RenderPass pass) {
        RenderScope.ResolvedColumn target = pass.scope().resolve(assignment.column());
        pass.writer().append(target.property().quotedColumn()).append(" = ");
        if (assignment.value() instanceof Expr.Value value && value.value() == null) {
            pass.writer().bind(null, target.codec(), target.property().column());
            return;
        }
        pass.expression(assignment.value());
    }

    private static void returning(List<Selection> selections, QueryRenderer.RenderPass pass) {
        if (selections.isEmpty()) {
            return;
        }
        pass.writer().append(" RETURNING ");
        pass.list(selections, pass::selection);
    }
}
