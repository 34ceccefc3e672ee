package dev.tusk.validation;

import dev.tusk.exception.Violation;
import java.util.List;

/**
 * Checks entities before Tusk writes them, besides the checks the mapping implies. Tusk merges what it
 * finds with those checks into one {@link dev.tusk.exception.ValidationException}, before any SQL.
 *
 * <p>The default, {@link #detect()}, is Jakarta Validation when a provider is on the class path and
 * {@link #none()} otherwise. Implementations must be thread-safe and must not change the entity.
 */
public interface EntityValidator {

    /**
     * Every violation of a whole entity (field, getter and class constraints): before an insert,
     * save, upsert, an update of every column, and each row of a bulk write.
     */
    List<Violation> validate(Object entity);

    /**
     * The violations of some properties only (no class constraints): before an update of named
     * columns, which leaves the others as stored.
     *
     * @param properties Java field names
     */
    List<Violation> validateProperties(Object entity, List<String> properties);

    /**
     * The violations {@code value} would have as the property {@code property} of {@code type}: before
     * a filtered update assigns a plain value ({@code .update(Order_.status.set("x"))}).
     */
    List<Violation> validateValue(Class<?> type, String property, Object value);

    /** Checks nothing. */
    static EntityValidator none() {
        return NoValidator.INSTANCE;
    }

    /**
     * Jakarta Validation through the default provider when {@code jakarta.validation} and a provider
     * are on the class path, else {@link #none()}. Looked up once and shared: the provider's
     * {@code Validator} is thread-safe and caches what it learns of each class.
     *
     * @throws dev.tusk.exception.ConfigurationException when a provider is found but cannot start
     *                                                    (Hibernate Validator without an EL implementation)
     */
    static EntityValidator detect() {
        return DetectedValidator.INSTANCE;
    }
}
