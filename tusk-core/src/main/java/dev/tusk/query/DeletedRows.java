package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.List;
import java.util.Optional;

/**
 * Which rows of a {@code @SoftDelete} entity a query sees: live ones (the default), all
 * ({@code withDeleted()}) or only soft-deleted ones ({@code onlyDeleted()}). The condition is added
 * when the query becomes an AST, so it is never part of the caller's {@code where(...)} and
 * subqueries, CTEs, counts and pages built from a query carry it too.
 */
enum DeletedRows {
    LIVE, ALL, DELETED;

    /** The condition this choice adds to a query reading {@code source}: none for tables without {@code @SoftDelete} or for CTEs. */
    List<Condition> conditions(Source source) {
        if (this == ALL || !(source instanceof Source.Table table)) {
            return List.of();
        }
        Optional<PropertyModel> marker = EntityModel.of(table.entity()).softDelete();
        if (marker.isEmpty()) {
            return List.of();
        }
        return List.of(new Condition.IsNull(column(table.entity(), marker.get()), this == DELETED));
    }

    /** The entity's {@code @SoftDelete} field, for an operation that needs one. */
    static PropertyModel marker(Class<?> entity, String operation) {
        return EntityModel.of(entity).softDelete().orElseThrow(() -> new ValidationException(operation + "() needs a"
                + " @SoftDelete field, and " + entity.getSimpleName() + " has none: add @SoftDelete OffsetDateTime"
                + " deletedAt (a nullable timestamptz column)"));
    }

    static Expr.Column column(Class<?> entity, PropertyModel marker) {
        return new Expr.Column(entity, marker.name(), null);
    }
}
