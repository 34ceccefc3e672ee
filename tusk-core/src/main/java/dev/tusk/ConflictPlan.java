package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.query.Condition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link Conflict} resolved against one entity: the conflict columns as properties (a named
 * constraint's columns looked up), the columns to set for each row shape, the condition.
 *
 * @param target      the conflict columns; input rows are matched to stored rows on them
 * @param constraint  the constraint named in {@code ON CONFLICT ON CONSTRAINT}, or null
 * @param explicitSet the columns {@code update(...)} named, or null for the default
 * @param doNothing   {@code DO NOTHING}
 * @param where       the {@code DO UPDATE ... WHERE} condition, or null
 * @param deduplicate whether repeated keys keep the last row instead of failing
 */
record ConflictPlan(List<PropertyModel> target, String constraint, List<PropertyModel> explicitSet, boolean doNothing,
                    Condition where, boolean deduplicate) {

    /**
     * @param constraintColumns the column names of a named constraint of the entity's table
     */
    static ConflictPlan resolve(Conflict conflict, EntityModel<?> model, String operation,
                                Function<String, List<String>> constraintColumns) {
        List<PropertyModel> target = new ArrayList<>();
        if (conflict.constraint() != null) {
            for (String column : constraintColumns.apply(conflict.constraint())) {
                target.add(model.find(column).orElseThrow(() -> new ValidationException("constraint "
                        + conflict.constraint() + " covers column " + column + ", which " + model.type().getSimpleName()
                        + " does not map: an upsert must be able to send it", ErrorContext.of(model.type(), operation),
                        null)));
            }
        } else {
            for (Conflict.ColumnName name : conflict.columns()) {
                target.add(property(model, name, "Conflict.on", operation));
            }
        }
        List<PropertyModel> explicitSet = null;
        if (conflict.updated() != null) {
            explicitSet = new ArrayList<>();
            for (Conflict.ColumnName name : conflict.updated()) {
                PropertyModel property = property(model, name, "update", operation);
                if (property.id() || property.version()) {
                    throw new ValidationException("cannot update " + (property.id() ? "key" : "version") + " field "
                            + property.name() + " of " + model.type().getSimpleName() + " on conflict: name only data"
                            + " fields (the version goes up by itself)", ErrorContext.of(model.type(), operation), null);
                }
                explicitSet.add(property);
            }
        }
        return new ConflictPlan(List.copyOf(target), conflict.constraint(),
                explicitSet == null ? null : List.copyOf(explicitSet), conflict.isDoNothing(), conflict.where(),
                conflict.isDeduplicate());
    }

    /**
     * The columns to set on conflict for rows of this shape; null for {@code DO NOTHING}. The default is
     * every column but keys, the version, generated columns, the conflict columns and the columns the
     * rows leave to the database (whose proposed value would be the default, not the row's); when that
     * leaves none, the action is {@code DO NOTHING}.
     */
    List<PropertyModel> set(EntityModel<?> model, BitSet omitted) {
        if (doNothing) {
            return null;
        }
        if (explicitSet != null) {
            return explicitSet;
        }
        List<PropertyModel> set = model.properties().stream().filter(property -> !property.id() && !property.version()
                && !property.generated() && !target.contains(property) && !omitted.get(property.slot())).toList();
        return set.isEmpty() ? null : set;
    }

    private static PropertyModel property(EntityModel<?> model, Conflict.ColumnName name, String method,
                                          String operation) {
        if (name.entity() != Object.class && name.entity() != model.type()) {
            throw new ValidationException(method + "(...) names " + name.entity().getSimpleName() + "." + name.name()
                    + ", a column of another entity than " + model.type().getSimpleName(),
                    ErrorContext.of(model.type(), operation), null);
        }
        try {
            return model.property(name.name());
        } catch (ValidationException unknown) {
            throw new ValidationException(method + "(...): " + unknown.reason(), ErrorContext.of(model.type(), operation),
                    null);
        }
    }
}
