package dev.tusk.render;

import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.Identifier;
import dev.tusk.model.PropertyModel;
import dev.tusk.query.Expr;
import dev.tusk.query.Source;
import dev.tusk.type.TypeCodec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The nesting of one render pass: each SELECT level has a source (a table alias {@code t0},
 * {@code t1}... or a CTE's own name) and the entity whose columns it exposes. Columns resolve
 * against the current level; {@code outer(...)} against the one around it.
 */
final class RenderScope {
    private final EntityPlans plans;
    private final Deque<Level> levels = new ArrayDeque<>();
    private int nextAlias;

    /** One SELECT level. */
    record Level(String alias, Class<?> entity) {}

    /** A resolved column: its SQL reference, its property and the codec that binds values for it. */
    record ResolvedColumn(String sql, PropertyModel property, TypeCodec<Object> codec) {}

    RenderScope(EntityPlans plans) {
        this.plans = plans;
    }

    EntityPlans plans() {
        return plans;
    }

    Level enter(Source source) {
        Level level = switch (source) {
            case Source.Table table -> new Level("t" + nextAlias++, table.entity());
            case Source.CteRef cte -> new Level(cte.name(), cte.rowType());
        };
        levels.push(level);
        return level;
    }

    void leave() {
        levels.pop();
    }

    Level current() {
        return levels.peek();
    }

    ResolvedColumn resolve(Expr.Column column) {
        return resolveIn(current(), column, "");
    }

    ResolvedColumn resolveOuter(Expr.Column column) {
        Iterator<Level> outward = levels.iterator();
        outward.next();
        if (!outward.hasNext()) {
            throw new ValidationException("outer(" + column.name() + ") is only valid inside a subquery");
        }
        return resolveIn(outward.next(), column, "outer ");
    }

    private ResolvedColumn resolveIn(Level level, Expr.Column column, String kind) {
        if (column.entity() != Object.class && column.entity() != level.entity()) {
            throw new ValidationException(kind + "column " + column.entity().getSimpleName() + "." + column.name()
                    + " does not belong to " + level.entity().getSimpleName() + ", which this query level reads"
                    + (kind.isEmpty() ? "; for the enclosing query's columns use outer(...)" : ""));
        }
        EntityModel<?> model = EntityModel.of(level.entity());
        PropertyModel property = model.property(column.name());
        @SuppressWarnings("unchecked")
        TypeCodec<Object> codec = (TypeCodec<Object>) plans.of(level.entity()).codec(property);
        return new ResolvedColumn(Identifier.quote(level.alias()) + "." + property.quotedColumn(), property, codec);
    }
}
