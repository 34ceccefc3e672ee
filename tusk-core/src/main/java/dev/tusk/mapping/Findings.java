package dev.tusk.mapping;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The violations found in one entity's values, each with the words the exception message gives it,
 * turned into one {@link ValidationException} that names them all in field order (class constraints
 * last). Tusk's own checks read as a sentence about the field ({@code username must not be null}); a
 * codec's or a Jakarta constraint's message follows the field after a colon
 * ({@code body: text contains a NUL character}, {@code email: must be a well-formed email address}).
 */
final class Findings {
    /** Where a violation of no mapped property (a class constraint, an unmapped path) sorts: last. */
    static final int UNMAPPED = Integer.MAX_VALUE;

    private final List<Finding> found = new ArrayList<>();

    /** A check of Tusk's own whose message continues the field name: {@code must not be null}. */
    void sentence(PropertyModel property, Object value, String message) {
        found.add(new Finding(property.slot(), new Violation(property.name(), value, message),
                property.name() + " " + message));
    }

    /**
     * A message that stands on its own (a codec's, a Jakarta constraint's), shown after the field.
     *
     * @param slot the slot of the property the violation is about, or {@link #UNMAPPED}
     */
    void labelled(int slot, Violation violation) {
        found.add(new Finding(slot, violation,
                violation.field().isEmpty() ? violation.message() : violation.field() + ": " + violation.message()));
    }

    /** Whether an equal violation (same field and message) was found already, by another check of the same rule. */
    boolean has(Violation violation) {
        for (Finding finding : found) {
            if (finding.violation().field().equals(violation.field())
                    && finding.violation().message().equals(violation.message())) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** {@code Member is not valid: username must not be null; email: must be a well-formed email address}. */
    ValidationException exception(Class<?> entity, String operation) {
        List<Finding> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Finding::slot)); // stable: the checks' own order within a field
        List<String> texts = ordered.stream().map(Finding::text).toList();
        return new ValidationException(entity.getSimpleName() + " is not valid: " + String.join("; ", texts),
                ErrorContext.of(entity, operation), null, ordered.stream().map(Finding::violation).toList());
    }

    private record Finding(int slot, Violation violation, String text) {
    }
}
