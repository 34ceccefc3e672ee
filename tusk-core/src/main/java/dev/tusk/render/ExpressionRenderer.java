package dev.tusk.render;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.Identifier;
import dev.tusk.query.Expr;
import dev.tusk.query.Frame;
import dev.tusk.type.GenericTypes;
import dev.tusk.type.TypeCodec;
import dev.tusk.type.TypeUsage;

/** Renders value expressions; one exhaustive switch over {@link Expr}. */
final class ExpressionRenderer {

    private ExpressionRenderer() {
    }

    static void render(Expr expression, QueryRenderer.RenderPass pass) {
        SqlWriter writer = pass.writer();
        switch (expression) {
            case Expr.Column column -> writer.append(pass.scope().resolve(column).sql());
            case Expr.Outer outer -> writer.append(pass.scope().resolveOuter(outer.column()).sql());
            case Expr.Value value -> value(value, pass);
            case Expr.Call call -> {
                writer.append(call.function().sql()).append('(');
                pass.list(call.arguments(), pass::expression);
                writer.append(')');
            }
            case Expr.Arithmetic arithmetic -> {
                writer.append('(');
                pass.expression(arithmetic.left());
                writer.append(' ').append(arithmetic.operator().sql()).append(' ');
                pass.expression(arithmetic.right());
                writer.append(')');
            }
            case Expr.Case branches -> caseWhen(branches, pass);
            case Expr.Cast cast -> {
                writer.append("CAST(");
                pass.expression(cast.expression());
                writer.append(" AS ").append(cast.sqlType()).append(')');
            }
            case Expr.DatePart part -> datePart(part, pass);
            case Expr.Aggregate aggregate -> aggregate(aggregate, pass);
            case Expr.Window window -> window(window, pass);
            case Expr.WindowCall call -> {
                writer.append(call.function().sql()).append('(');
                pass.list(call.arguments(), pass::expression);
                writer.append(')');
            }
            case Expr.Scalar scalar -> {
                writer.append('(');
                pass.select(scalar.query());
                writer.append(')');
            }
            case Expr.JsonPath path -> {
                writer.append('(');
                pass.expression(path.json());
                writer.append(path.asText() ? " #>> " : " #> ").bind(path.keys(), textArray(pass), null).append(')');
            }
            case Expr.Distance distance -> {
                writer.append('(');
                pass.expression(distance.vector());
                writer.append(' ').append(distance.metric().sql()).append(" CAST(")
                        .bind(distance.target(), vectorCodec(distance, pass), null).append(" AS vector))");
            }
            case Expr.Predicate predicate -> {
                writer.append('(');
                pass.condition(predicate.condition());
                writer.append(')');
            }
            case Expr.Named named -> writer.append(Identifier.quote(named.source())).append('.')
                    .append(Identifier.quote(named.name()));
        }
    }

    /** A bound value, through the codec of the column it is compared with when there is one. */
    static void value(Expr.Value value, QueryRenderer.RenderPass pass) {
        if (value.like() == null || value.value() == null) {
            pass.writer().bind(value.value(), null, null);
            return;
        }
        RenderScope.ResolvedColumn column = pass.scope().resolve(value.like());
        Class<?> expected = GenericTypes.boxed(column.property().rawType());
        if (!expected.isInstance(value.value())) {
            throw new ValidationException("value " + value.value() + " (" + value.value().getClass().getSimpleName()
                    + ") does not fit column " + column.property().column() + " ("
                    + column.property().type().getTypeName() + ")");
        }
        pass.writer().bind(value.value(), column.codec(), column.property().column());
    }

    static TypeCodec<?> textArray(QueryRenderer.RenderPass pass) {
        return pass.scope().plans().registry().find(TypeUsage.of(dev.tusk.type.GenericTypes.listOf(String.class)))
                .orElseThrow();
    }

    private static TypeCodec<?> vectorCodec(Expr.Distance distance, QueryRenderer.RenderPass pass) {
        return pass.scope().plans().registry()
                .find(new TypeUsage(float[].class, null, false, null, distance.target().length))
                .orElseThrow(() -> new ValidationException("no vector codec: pgvector support is missing"));
    }

    private static void caseWhen(Expr.Case branches, QueryRenderer.RenderPass pass) {
        if (branches.branches().isEmpty()) {
            throw new ValidationException("CASE needs at least one WHEN branch");
        }
        pass.writer().append("CASE");
        for (Expr.When branch : branches.branches()) {
            pass.writer().append(" WHEN ");
            pass.condition(branch.condition());
            pass.writer().append(" THEN ");
            pass.expression(branch.value());
        }
        if (branches.otherwise() != null) {
            pass.writer().append(" ELSE ");
            pass.expression(branches.otherwise());
        }
        pass.writer().append(" END");
    }

    private static void datePart(Expr.DatePart part, QueryRenderer.RenderPass pass) {
        if (part.truncate()) {
            pass.writer().append("date_trunc('").append(part.unit().sql()).append("', ");
        } else {
            pass.writer().append("EXTRACT(").append(part.unit().sql()).append(" FROM ");
        }
        pass.expression(part.source());
        pass.writer().append(')');
    }

    private static void aggregate(Expr.Aggregate aggregate, QueryRenderer.RenderPass pass) {
        pass.writer().append(aggregate.function().sql()).append('(');
        if (aggregate.argument() == null) {
            pass.writer().append('*');
        } else {
            pass.writer().append(aggregate.distinct() ? "DISTINCT " : "");
            pass.expression(aggregate.argument());
        }
        if (aggregate.separator() != null) {
            pass.writer().append(", ");
            pass.expression(aggregate.separator());
        }
        pass.writer().append(')');
    }

    private static void window(Expr.Window window, QueryRenderer.RenderPass pass) {
        pass.expression(window.function());
        pass.writer().append(" OVER (");
        String separator = "";
        if (!window.partitionBy().isEmpty()) {
            pass.writer().append("PARTITION BY ");
            pass.list(window.partitionBy(), pass::expression);
            separator = " ";
        }
        if (!window.orderBy().isEmpty()) {
            pass.writer().append(separator).append("ORDER BY ");
            pass.list(window.orderBy(), pass::order);
            separator = " ";
        }
        if (window.frame() != null) {
            Frame frame = window.frame();
            pass.writer().append(separator).append(frame.kind().name()).append(" BETWEEN ").append(bound(frame.start()))
                    .append(" AND ").append(bound(frame.end()));
        }
        pass.writer().append(')');
    }

    private static String bound(Frame.Bound bound) {
        return switch (bound.type()) {
            case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
            case PRECEDING -> bound.offset() + " PRECEDING";
            case CURRENT_ROW -> "CURRENT ROW";
            case FOLLOWING -> bound.offset() + " FOLLOWING";
            case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
        };
    }
}
