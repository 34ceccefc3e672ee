package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.query.Assignment;
import dev.tusk.query.Expr;
import dev.tusk.query.UpdateQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the plain values a filtered update assigns, before any SQL, as an entity write would: NULL
 * into a NOT NULL column (a database default does not help an UPDATE), text longer than
 * {@code @Column(length)}, and each codec's own checks (NUL characters, vector sizes...). Values
 * computed by SQL expressions are left to the database.
 */
final class AssignmentCheck {
    private AssignmentCheck() {
    }

    static void validate(UpdateQuery update, EntityPlans plans, String operation) {
        EntityPlan<?> plan = plans.of(update.target().entity());
        EntityModel<?> model = plan.model();
        Object[] values = new Object[model.properties().size()];
        List<PropertyModel> written = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        for (Assignment assignment : update.assignments()) {
            if (!(assignment.value() instanceof Expr.Value value)) {
                continue;
            }
            PropertyModel property = model.property(assignment.column().name());
            if (value.value() != null) {
                values[property.slot()] = value.value();
                written.add(property);
            } else if (!property.nullable()) {
                nulls.add(property.name() + " must not be null");
            }
        }
        if (!nulls.isEmpty()) {
            throw new ValidationException(model.type().getSimpleName() + " is not valid: " + String.join("; ", nulls),
                    ErrorContext.of(model.type(), operation), null);
        }
        plan.validate(values, written, operation);
    }
}
