package dev.tusk.bench.peer;

import dev.tusk.bench.harness.Library;
import dev.tusk.bench.peer.hibernate.HibernateBenchmark;
import dev.tusk.bench.peer.hibernate.HibernateInsertMany;
import dev.tusk.bench.peer.jdbi.JdbiBenchmark;
import dev.tusk.bench.peer.jdbi.JdbiInsertMany;
import dev.tusk.bench.peer.jooq.JooqBenchmark;
import dev.tusk.bench.peer.jooq.JooqInsertMany;
import java.util.List;

/** The peers Tusk is compared with, each in its package under {@code dev.tusk.bench.peer}. */
public final class Libraries {
    public static final String TUSK = "tusk";

    private Libraries() {
    }

    /** Hibernate ORM, jOOQ and JDBI, in report column order. */
    public static List<Library> peers() {
        return List.of(new Library("hibernate", HibernateBenchmark.class, HibernateInsertMany.class),
                new Library("jooq", JooqBenchmark.class, JooqInsertMany.class),
                new Library("jdbi", JdbiBenchmark.class, JdbiInsertMany.class));
    }
}
