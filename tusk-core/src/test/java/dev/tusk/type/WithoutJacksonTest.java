package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link JacklessProbe} in a class loader that sees Tusk's classes and the JDK but not Jackson:
 * the registry must work, with JSON support off rather than failing.
 */
class WithoutJacksonTest {

    @Test
    @SuppressWarnings("unchecked")
    void registryWorksWithoutJacksonAndJsonFieldsNameTheMissingDependency() throws Exception {
        URL mainClasses = CodecRegistry.class.getProtectionDomain().getCodeSource().getLocation();
        URL testClasses = JacklessProbe.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {mainClasses, testClasses},
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, loader));
            Supplier<List<String>> probe = (Supplier<List<String>>) Class.forName(JacklessProbe.class.getName(), true,
                    loader).getDeclaredConstructor().newInstance();
            List<String> findings = probe.get();
            assertEquals(List.of("text", "integer[]", "JsonTextCodec", "jsonb"), findings.subList(0, 4));
            assertTrue(findings.get(4).startsWith("ConfigurationException: "), findings.get(4));
            assertTrue(findings.get(4).contains("jackson-databind"), findings.get(4));
        }
    }
}
