package dev.tusk.bench.graph;

import dev.tusk.bench.env.BenchEnvironment;
import java.sql.Statement;
import java.util.List;

/** W6's tables, created and filled once per environment: 100 authors, 10 posts each, posts indexed by author. */
final class BlogTables {
    static final int AUTHORS = 100;
    static final int POSTS_EACH = 10;

    private BlogTables() {
    }

    static void prepare(BenchEnvironment environment) {
        environment.prepareOnce("blog", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS tusk_bench");
                statement.execute("DROP TABLE IF EXISTS tusk_bench.bench_post, tusk_bench.bench_author");
                statement.execute("CREATE TABLE tusk_bench.bench_author (id bigint PRIMARY KEY, name text NOT NULL)");
                statement.execute("CREATE TABLE tusk_bench.bench_post (id bigint PRIMARY KEY, author_id bigint NOT NULL"
                        + " REFERENCES tusk_bench.bench_author, title text NOT NULL, body text NOT NULL)");
                statement.execute("CREATE INDEX ON tusk_bench.bench_post (author_id)");
                statement.execute("INSERT INTO tusk_bench.bench_author SELECT n, 'author ' || n FROM generate_series(1, "
                        + AUTHORS + ") n");
                statement.execute("INSERT INTO tusk_bench.bench_post SELECT n, (n - 1) % " + AUTHORS + " + 1, 'post ' || n,"
                        + " repeat('lorem ipsum ', 20) FROM generate_series(1, " + AUTHORS * POSTS_EACH + ") n");
                statement.execute("ANALYZE tusk_bench.bench_author, tusk_bench.bench_post");
            }
        });
    }

    /** Throws unless {@code authors} is the whole graph: every author once, in key order, with its 10 posts. */
    static void check(List<BenchAuthor> authors, String contender) {
        if (authors == null || authors.size() != AUTHORS) {
            throw new IllegalStateException(contender + " loaded " + (authors == null ? 0 : authors.size())
                    + " authors, expected " + AUTHORS);
        }
        for (int index = 0; index < AUTHORS; index++) {
            BenchAuthor author = authors.get(index);
            if (author.id() != index + 1 || author.posts() == null || author.posts().size() != POSTS_EACH
                    || author.posts().stream().anyMatch(post -> post.authorId() != author.id())) {
                throw new IllegalStateException(contender + " loaded a wrong graph at author " + (index + 1));
            }
        }
    }
}
