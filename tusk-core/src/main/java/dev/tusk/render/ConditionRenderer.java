package dev.tusk.render;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.PropertyModel;
import dev.tusk.query.Condition;
import dev.tusk.query.Expr;
import dev.tusk.type.GenericTypes;
import dev.tusk.type.TypeCodec;
import dev.tusk.type.TypeUsage;
import java.util.List;

/** Renders conditions; one exhaustive switch over {@link Condition}. */
final class ConditionRenderer {
    private ConditionRenderer() {
    }

    static void render(Condition condition, QueryRenderer.RenderPass pass) {
        SqlWriter writer = pass.writer();
        switch (condition) {
            case Condition.Compare compare -> {
                pass.expression(compare.left());
                writer.append(' ').append(compare.operator().sql()).append(' ');
                pass.expression(compare.right());
            }
            case Condition.In in -> {
                writer.append(in.negated() ? "NOT (" : "");
                pass.expression(in.left());
                writer.append(" = ANY(").bind(List.copyOf(in.values()), arrayCodecFor(in.left(), pass), null).append(')');
                writer.append(in.negated() ? ")" : "");
            }
            case Condition.Between between -> {
                pass.expression(between.expression());
                writer.append(" BETWEEN ");
                pass.expression(between.low());
                writer.append(" AND ");
                pass.expression(between.high());
            }
            case Condition.IsNull isNull -> {
                pass.expression(isNull.expression());
                writer.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
            }
            case Condition.Like like -> {
                pass.expression(like.expression());
                writer.append(like.ignoreCase() ? " ILIKE " : " LIKE ").bind(like.pattern(), null, null)
                        .append(" ESCAPE '\\'");
            }
            case Condition.And and -> group(and.conditions(), " AND ", "TRUE", pass);
            case Condition.Or or -> group(or.conditions(), " OR ", "FALSE", pass);
            case Condition.Not not -> {
                writer.append("NOT (");
                pass.condition(not.condition());
                writer.append(')');
            }
            case Condition.Exists exists -> {
                writer.append(exists.negated() ? "NOT EXISTS (" : "EXISTS (");
                pass.select(exists.query());
                writer.append(')');
            }
            case Condition.InQuery in -> {
                pass.expression(in.left());
                writer.append(in.negated() ? " NOT IN (" : " IN (");
                pass.select(in.query());
                writer.append(')');
            }
            case Condition.JsonKeys keys -> {
                pass.expression(keys.json());
                writer.append(' ').append(keys.test().sql()).append(' ');
                if (keys.keys().size() == 1 && keys.test() == dev.tusk.query.JsonKeyTest.HAS_KEY) {
                    writer.bind(keys.keys().get(0), null, null);
                } else {
                    writer.bind(keys.keys(), ExpressionRenderer.textArray(pass), null);
                }
            }
            case Condition.JsonContains contains -> {
                pass.expression(contains.json());
                writer.append(contains.containedBy() ? " <@ CAST(" : " @> CAST(")
                        .bind(contains.document(), jsonCodec(contains.document(), pass), null).append(" AS jsonb)");
            }
            case Condition.ArrayTest test -> {
                pass.expression(test.array());
                writer.append(' ').append(test.operator().sql()).append(' ')
                        .bind(List.copyOf(test.values()), columnCodec(test.array(), pass), null);
            }
            case Condition.AnyOf any -> {
                writer.bind(any.value(), null, null).append(" = ANY(");
                pass.expression(any.array());
                writer.append(')');
            }
            case Condition.TextSearch search -> textSearch(search, pass);
            case Condition.Truth truth -> {
                pass.expression(truth.expression());
                writer.append(truth.expected() ? " IS TRUE" : " IS FALSE");
            }
        }
    }

    private static void group(List<Condition> conditions, String operator, String empty, QueryRenderer.RenderPass pass) {
        if (conditions.isEmpty()) {
            pass.writer().append(empty);
            return;
        }
        pass.writer().append('(');
        for (int index = 0; index < conditions.size(); index++) {
            if (index > 0) {
                pass.writer().append(operator);
            }
            pass.condition(conditions.get(index));
        }
        pass.writer().append(')');
    }

    private static void textSearch(Condition.TextSearch search, QueryRenderer.RenderPass pass) {
        boolean isVector = search.document() instanceof Expr.Column column
                && "tsvector".equals(pass.scope().resolve(column).property().usage().declaredSqlType());
        if (isVector) {
            pass.expression(search.document());
        } else {
            pass.writer().append("to_tsvector(CAST(").bind(search.config(), null, null).append(" AS regconfig), ");
            pass.expression(search.document());
            pass.writer().append(')');
        }
        pass.writer().append(" @@ ").append(search.mode().function()).append("(CAST(")
                .bind(search.config(), null, null).append(" AS regconfig), ").bind(search.query(), null, null).append(')');
    }

    /** For {@code col = ANY(?)}: an array codec of the column's own type (enums, uuids...), else by value. */
    private static TypeCodec<?> arrayCodecFor(Expr left, QueryRenderer.RenderPass pass) {
        if (!(left instanceof Expr.Column column)) {
            return null;
        }
        PropertyModel property = pass.scope().resolve(column).property();
        TypeUsage usage = property.usage();
        return pass.scope().plans().registry().find(new TypeUsage(
                GenericTypes.listOf(GenericTypes.boxed(property.rawType())), null, usage.json(), usage.enumType(), 0))
                .orElse(null);
    }

    private static TypeCodec<?> columnCodec(Expr array, QueryRenderer.RenderPass pass) {
        return array instanceof Expr.Column column ? pass.scope().resolve(column).codec() : null;
    }

    private static TypeCodec<?> jsonCodec(Object document, QueryRenderer.RenderPass pass) {
        return pass.scope().plans().registry().find(new TypeUsage(document.getClass(), null, true, null, 0))
                .orElseThrow(() -> new ValidationException("JSON containment needs Jackson on the class path"));
    }
}
