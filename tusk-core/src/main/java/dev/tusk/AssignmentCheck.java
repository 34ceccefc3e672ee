package dev.tusk;

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
 * {@code @Column(length)}, numeric precision, each codec's own checks (NUL characters, vector sizes...)
 * and the Jakarta constraints of each property assigned, all in one exception. Values computed by SQL
 * expressions are left to the database.
 */
final class AssignmentCheck {
    private AssignmentCheck() {
    }

    static void validate(UpdateQuery update, EntityPlans plans, String operation) {
        EntityPlan<?> plan = plans.of(update.target().entity());
        EntityModel<?> model = plan.model();
        Object[] values = new Object[model.properties().size()];
        List<PropertyModel> assigned = new ArrayList<>();
        for (Assignment assignment : update.assignments()) {
            if (assignment.value() instanceof Expr.Value value) {
                PropertyModel property = model.property(assignment.column().name());
                values[property.slot()] = value.value();
                assigned.add(property);
            }
        }
        plan.validateAssigned(values, assigned, operation);
    }
}
