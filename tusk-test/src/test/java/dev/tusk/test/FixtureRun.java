package dev.tusk.test;

import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs {@link KitFixture} classes in a nested Jupiter engine, in this JVM (so on the same test server). */
final class FixtureRun {

    static final String PARAMETER = "dev.tusk.test.kit-fixture";

    private FixtureRun() {
    }

    static EngineExecutionResults run(Class<?>... classes) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter").configurationParameter(PARAMETER, "true");
        for (Class<?> type : classes) {
            builder.selectors(selectClass(type));
        }
        return builder.execute();
    }
}
