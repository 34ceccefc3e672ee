package dev.tusk.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagilaFixtureLookupTest {

    @Test
    void missingFixtureAbortsWithThePathsTried(@TempDir Path root) {
        Path start = root.resolve("a").resolve("b");

        assertThatThrownBy(() -> Pagila.fixtureDirectory(null, start))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Pagila fixture not found at")
                .hasMessageContaining(start.resolve("shared/fixtures/pagila").toString())
                .hasMessageContaining(root.resolve("shared/fixtures/pagila").toString());
    }

    @Test
    void fixtureIsFoundInAParentDirectory(@TempDir Path root) throws Exception {
        Path fixture = Files.createDirectories(root.resolve("shared/fixtures/pagila"));
        Files.writeString(fixture.resolve("pagila-schema.sql"), "");
        Files.writeString(fixture.resolve("pagila-data.sql"), "");
        List<Path> tried = new ArrayList<>();

        assertThat(Pagila.findFixtureDirectory(null, root.resolve("main/tusk-test"), tried)).contains(fixture);
        assertThat(tried).hasSize(3);
    }

    @Test
    void configuredDirectoryIsTheOnlyPlaceLookedAt(@TempDir Path root) {
        List<Path> tried = new ArrayList<>();

        assertThat(Pagila.findFixtureDirectory(root.toString(), root.resolve("x"), tried)).isEmpty();
        assertThat(tried).containsExactly(root);
    }

    @Test
    void aPagilaClassIsSkippedWithThePathsTriedWhenTheFixtureIsMissing(@TempDir Path empty) {
        String previous = System.getProperty(Pagila.DIRECTORY_PROPERTY);
        System.setProperty(Pagila.DIRECTORY_PROPERTY, empty.toString());
        EngineExecutionResults results;
        try {
            results = FixtureRun.run(WithoutFixture.class);
        } finally {
            if (previous == null) {
                System.clearProperty(Pagila.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(Pagila.DIRECTORY_PROPERTY, previous);
            }
        }

        String reason = "Pagila fixture not found at [" + empty.toAbsolutePath().normalize() + "]";
        results.containerEvents().skipped().assertThatEvents().singleElement().satisfies(event -> {
            assertThat(event.getTestDescriptor().getDisplayName()).endsWith("WithoutFixture");
            assertThat(event.getRequiredPayload(String.class)).isEqualTo(reason);
        });
        results.allEvents().assertStatistics(stats -> stats.started(1).failed(0)); // only the engine itself started
        assertThat(WithoutFixture.ranBeforeAll).isFalse();
    }

    @KitFixture
    @TuskTest(pagila = true)
    static class WithoutFixture {
        static boolean ranBeforeAll;
        private final TestDatabase database;

        @org.junit.jupiter.api.BeforeAll
        static void load(TestDatabase database) {
            ranBeforeAll = true;
        }

        WithoutFixture(TestDatabase database) {
            this.database = database;
        }

        @Test
        void first() {
            assertThat(database).isNotNull();
        }

        @Test
        void second(TestDatabase database) {
            assertThat(database).isNotNull();
        }
    }
}
