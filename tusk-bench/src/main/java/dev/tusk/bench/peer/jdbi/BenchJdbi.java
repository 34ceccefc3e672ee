package dev.tusk.bench.peer.jdbi;

import dev.tusk.bench.data.BenchPost;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.env.BenchEnvironment;
import org.jdbi.v3.core.Jdbi;

/**
 * The one {@link Jdbi} of the benchmark environment, built on the {@code "jdbi"} pool the first time
 * a trial asks for it, with its row mappers registered once: a {@code Jdbi} is thread-safe and meant
 * to be shared, and registering a mapper on every statement would copy the configuration each time.
 */
final class BenchJdbi {
    private static final String LIBRARY = "jdbi";

    private BenchJdbi() {
    }

    /** The shared {@code Jdbi} of {@code environment}, created on first use. */
    static Jdbi of(BenchEnvironment environment) {
        return environment.component(LIBRARY, Jdbi.class, () -> create(environment));
    }

    private static Jdbi create(BenchEnvironment environment) {
        Jdbi jdbi = Jdbi.create(environment.pool(LIBRARY));
        jdbi.registerRowMapper(Item.class, new ItemMapper());
        jdbi.registerRowMapper(BenchPost.class, new PostMapper());
        return jdbi;
    }
}
