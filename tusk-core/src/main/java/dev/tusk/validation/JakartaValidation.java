package dev.tusk.validation;

import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jakarta Validation as an {@link EntityValidator}: each constraint violation becomes a
 * {@link Violation} whose field is the property path, whose value is the invalid value and whose
 * message is the interpolated message. Classes without any constraint are skipped without calling
 * the provider (asked once per class).
 *
 * <p>The only class of Tusk that uses {@code jakarta.validation} types; loaded only when that API is
 * on the class path.
 *
 * <pre>{@code
 * Validator mine = myValidatorFactory.getValidator();      // custom message interpolator, ...
 * Database db = Database.builder().url(url).validator(JakartaValidation.of(mine)).build();
 * }</pre>
 */
public final class JakartaValidation implements EntityValidator {
    private final Validator validator;
    private final ClassValue<Constraints> constrained = new ClassValue<>() {
        @Override
        protected Constraints computeValue(Class<?> type) {
            BeanDescriptor bean = validator.getConstraintsForClass(type);
            return new Constraints(bean.isBeanConstrained(), bean.getConstrainedProperties().stream()
                    .map(PropertyDescriptor::getPropertyName).collect(Collectors.toUnmodifiableSet()));
        }
    };

    private JakartaValidation(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Validates with this Jakarta {@link Validator} (thread-safe, as every provider's is). */
    public static EntityValidator of(Validator validator) {
        return new JakartaValidation(validator);
    }

    /**
     * The default provider's validator, or empty when there is no provider. A provider that is found
     * but cannot start gives a validator that refuses every write, saying why: failing loudly beats
     * writing entities whose constraints were silently skipped.
     */
    static Optional<EntityValidator> fromDefaultProvider() {
        try {
            return Optional.of(new JakartaValidation(Validation.buildDefaultValidatorFactory().getValidator()));
        } catch (NoProviderFoundException none) {
            return Optional.empty();
        } catch (RuntimeException | LinkageError broken) {
            return Optional.of(new UnusableProvider(new ConfigurationException("Jakarta Validation is on the class path"
                    + " but its provider cannot start (" + broken + "): add what it needs (Hibernate Validator needs an"
                    + " EL implementation such as org.glassfish.expressly:expressly), or turn entity validation off"
                    + " with Database.builder().validator(EntityValidator.none())", broken)));
        }
    }

    @Override
    public List<Violation> validate(Object entity) {
        if (!constrained.get(entity.getClass()).any()) {
            return List.of();
        }
        return violations(validator.validate(entity));
    }

    @Override
    public List<Violation> validateProperties(Object entity, List<String> properties) {
        Set<String> names = constrained.get(entity.getClass()).properties();
        List<Violation> found = new ArrayList<>();
        for (String property : properties) {
            if (names.contains(property)) {
                found.addAll(violations(validator.validateProperty(entity, property)));
            }
        }
        return found;
    }

    @Override
    public List<Violation> validateValue(Class<?> type, String property, Object value) {
        if (!constrained.get(type).properties().contains(property)) {
            return List.of();
        }
        return violations(validator.validateValue(type, property, value));
    }

    private static <T> List<Violation> violations(Set<ConstraintViolation<T>> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> converted = new ArrayList<>(found.size());
        for (ConstraintViolation<T> violation : found) {
            converted.add(new Violation(violation.getPropertyPath().toString(), violation.getInvalidValue(),
                    violation.getMessage()));
        }
        return converted;
    }

    /** What the provider knows of one class: whether anything is checked, and which properties carry constraints. */
    private record Constraints(boolean any, Set<String> properties) {
    }

    @Override
    public String toString() {
        return "Jakarta Validation (" + validator.getClass().getName() + ")";
    }
}
