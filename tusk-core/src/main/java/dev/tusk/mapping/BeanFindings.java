package dev.tusk.mapping;

import dev.tusk.exception.Violation;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.validation.EntityValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the entity validator for one write and adds what it finds to the mapping checks' findings,
 * without repeating a violation the mapping checks already found ({@code @NotNull} on a
 * {@code nullable = false} field: both say {@code must not be null}).
 *
 * <p>A whole-entity check keeps only violations about what the write takes from the entity: one on a
 * field the write leaves to the database (a null {@code @Generated} key, a {@code @Default} column)
 * or fills from a {@code @DefaultFactory} is dropped, since the stored value is not the one checked.
 */
final class BeanFindings {
    private BeanFindings() {
    }

    static <T> void add(Findings findings, EntityModel<T> model, EntityValidator validator, BeanCheck check,
                        Object[] values, List<PropertyModel> written) {
        List<Violation> found = switch (check) {
            case BeanCheck.Nothing nothing -> List.of();
            case BeanCheck.WholeEntity whole -> taken(validator.validate(whole.entity()), model, whole.entity(),
                    values, written);
            case BeanCheck.Properties some -> validator.validateProperties(some.entity(),
                    some.properties().stream().map(PropertyModel::name).toList());
        };
        addAll(findings, model, found);
    }

    /** Adds violations the validator found, each placed by the property its path starts with. */
    static void addAll(Findings findings, EntityModel<?> model, List<Violation> found) {
        if (found.isEmpty()) {
            return;
        }
        List<Violation> ordered = new ArrayList<>(found);
        // a provider reports in no set order: sort, so the message is the same on every run
        ordered.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        for (Violation violation : ordered) {
            if (!findings.has(violation)) {
                findings.labelled(slotOf(model, violation), violation);
            }
        }
    }

    private static <T> List<Violation> taken(List<Violation> found, EntityModel<T> model, Object entity,
                                             Object[] values, List<PropertyModel> written) {
        if (found.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        T typed = (T) entity;
        List<Violation> kept = new ArrayList<>(found.size());
        for (Violation violation : found) {
            Optional<PropertyModel> property = mapped(model, violation);
            if (property.isEmpty() || takenFromEntity(model, typed, property.get(), values, written)) {
                kept.add(violation);
            }
        }
        return kept;
    }

    private static <T> boolean takenFromEntity(EntityModel<T> model, T entity, PropertyModel property, Object[] values,
                                               List<PropertyModel> written) {
        boolean filledByFactory = values[property.slot()] != null && model.get(entity, property) == null;
        return written.contains(property) && !filledByFactory;
    }

    /** The mapped property a violation's path starts with, if any ({@code address} of {@code address.city}). */
    private static Optional<PropertyModel> mapped(EntityModel<?> model, Violation violation) {
        String field = violation.field();
        int end = field.length();
        for (int index = 0; index < field.length(); index++) {
            char current = field.charAt(index);
            if (current == '.' || current == '[' || current == '<') {
                end = index;
                break;
            }
        }
        String name = field.substring(0, end);
        return name.isEmpty() ? Optional.empty()
                : model.properties().stream().filter(property -> property.name().equals(name)).findFirst();
    }

    private static int slotOf(EntityModel<?> model, Violation violation) {
        return mapped(model, violation).map(PropertyModel::slot).orElse(Findings.UNMAPPED);
    }
}
