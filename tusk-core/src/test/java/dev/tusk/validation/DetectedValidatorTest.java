package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tusk-core's own tests have the Jakarta Validation API (an optional dependency) but no provider:
 * detection finds none, validates nothing, and never loads the class that touches the API.
 */
class DetectedValidatorTest {

    @Test
    void withTheApiButNoProviderNothingIsChecked() throws ClassNotFoundException {
        Class.forName("jakarta.validation.Validation"); // the API is here: it is the provider that is missing

        EntityValidator detected = EntityValidator.detect();

        assertThat(detected.validate(new Object())).isEmpty();
        assertThat(detected.validateProperties(new Object(), List.of("anything"))).isEmpty();
        assertThat(detected.validateValue(Object.class, "anything", null)).isEmpty();
        assertThat(detected).hasToString("detected: no entity validation");
    }

    @Test
    void detectionWithoutAProviderNeverLoadsTheJakartaIntegration() throws Exception {
        try (TuskFirst loader = new TuskFirst()) {
            Class<?> api = loader.loadClass(EntityValidator.class.getName());
            Object detected = api.getMethod("detect").invoke(null);

            assertThat(api.getMethod("validate", Object.class).invoke(detected, "x"))
                    .isEqualTo(List.of());
            assertThat(loader.isLoaded(DetectedValidator.class.getName())).isTrue();
            assertThat(loader.isLoaded(JakartaValidation.class.getName())).isFalse();
        }
    }

    @Test
    void withoutTheApiDetectionFindsNoneAndLoadsNothingOfIt() throws Exception {
        try (TuskFirst loader = new TuskFirst(ClassLoader.getPlatformClassLoader())) {
            Class<?> api = loader.loadClass(EntityValidator.class.getName());
            Object detected = api.getMethod("detect").invoke(null);

            assertThat(api.getMethod("validate", Object.class).invoke(detected, "x"))
                    .isEqualTo(List.of());
            assertThat(loader.isLoaded(JakartaValidation.class.getName())).isFalse();
        }
    }

    /** Loads Tusk's own classes afresh from tusk-core's output (their statics start unset), the rest from the parent. */
    private static final class TuskFirst extends URLClassLoader {
        TuskFirst() {
            this(DetectedValidatorTest.class.getClassLoader());
        }

        TuskFirst(ClassLoader parent) {
            super(new URL[] {EntityValidator.class.getProtectionDomain().getCodeSource().getLocation()}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("dev.tusk.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }

        boolean isLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
