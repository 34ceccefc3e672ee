package dev.tusk.validation;

import dev.tusk.exception.Violation;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The default validator: Jakarta Validation when its API and a provider are on the class path, else
 * none. Found on first use, once per class loader (starting a provider takes a moment, so a
 * {@code Database} that never writes never pays for it).
 *
 * <p>Looks for the API by name from Tusk's own class loader ({@link Class#forName}), then for a
 * provider through {@link ServiceLoader} (in Tusk's loader or the thread's context loader, where
 * Jakarta's bootstrap looks), and names {@link JakartaValidation} only once both are found: without
 * {@code jakarta.validation} beside Tusk (or without a provider) no class of Tusk that touches it is
 * ever loaded.
 */
enum DetectedValidator implements EntityValidator {
    INSTANCE;

    static final String API_CLASS = "jakarta.validation.Validation";
    static final String PROVIDER_INTERFACE = "jakarta.validation.spi.ValidationProvider";

    @Override
    public List<Violation> validate(Object entity) {
        return Holder.VALIDATOR.validate(entity);
    }

    @Override
    public List<Violation> validateProperties(Object entity, List<String> properties) {
        return Holder.VALIDATOR.validateProperties(entity, properties);
    }

    @Override
    public List<Violation> validateValue(Class<?> type, String property, Object value) {
        return Holder.VALIDATOR.validateValue(type, property, value);
    }

    /** The validator found: Jakarta's, or {@link EntityValidator#none()}. */
    static EntityValidator found() {
        return Holder.VALIDATOR;
    }

    private static EntityValidator find() {
        Class<?> provider = providerInterface(DetectedValidator.class.getClassLoader());
        if (provider == null) {
            return NoValidator.INSTANCE; // no API where Tusk is loaded from, whatever other loaders see
        }
        if (!registered(provider, DetectedValidator.class.getClassLoader())
                && !registered(provider, Thread.currentThread().getContextClassLoader())) {
            return NoValidator.INSTANCE;
        }
        return JakartaValidation.fromDefaultProvider().orElse(NoValidator.INSTANCE);
    }

    /** Jakarta's provider interface as {@code loader} sees it, when the API loads from there; else null. */
    private static Class<?> providerInterface(ClassLoader loader) {
        try {
            Class.forName(API_CLASS, false, loader);
            return Class.forName(PROVIDER_INTERFACE, false, loader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    /** Whether {@code loader} registers a provider of that interface, as Jakarta's own lookup would find it. */
    private static boolean registered(Class<?> provider, ClassLoader loader) {
        if (loader == null) {
            return false;
        }
        try {
            return ServiceLoader.load(provider, loader).findFirst().isPresent();
        } catch (ServiceConfigurationError broken) {
            return true; // registered but broken: starting it says why (JakartaValidation.fromDefaultProvider)
        }
    }

    @Override
    public String toString() {
        return "detected: " + Holder.VALIDATOR;
    }

    private static final class Holder {
        static final EntityValidator VALIDATOR = find();
    }
}
