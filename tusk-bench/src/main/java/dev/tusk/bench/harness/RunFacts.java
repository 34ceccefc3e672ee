package dev.tusk.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * What the report says about the run besides the numbers: when, on what, with which versions,
 * under which load.
 *
 * @param date          ISO date and time of the start
 * @param jdk           {@code java.vm.name} and {@code java.runtime.version}
 * @param server        where PostgreSQL ran and its version
 * @param libraries     pgjdbc, HikariCP and JMH versions
 * @param cores         available processors
 * @param rounds        rounds per workload
 * @param seed          seed of the shuffle
 * @param loads         1-minute load averages sampled before and after each workload
 */
public record RunFacts(String date, String jdk, String server, String libraries, int cores, int rounds, long seed,
                       List<Double> loads) {

    public RunFacts {
        loads = List.copyOf(loads);
    }

    /** This JVM's description: vendor VM name and full runtime version. */
    public static String currentJdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /**
     * The version Maven recorded in a jar's {@code META-INF/maven/.../pom.properties} (kept by the
     * shade plugin), or {@code ?}.
     */
    public static String mavenVersion(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream stream = RunFacts.class.getResourceAsStream(resource)) {
            if (stream == null) {
                return "?";
            }
            Properties properties = new Properties();
            properties.load(stream);
            return properties.getProperty("version", "?");
        } catch (IOException unreadable) {
            return "?";
        }
    }
}
