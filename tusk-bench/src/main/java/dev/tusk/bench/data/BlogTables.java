package dev.tusk.bench.data;

import dev.tusk.bench.env.BenchEnvironment;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** W6's tables, created and filled once per environment: 100 authors, 10 posts each, posts indexed by author. */
public final class BlogTables {
    public static final int AUTHORS = 100;
    public static final int POSTS_EACH = 10;

    private BlogTables() {
    }

    public static void prepare(BenchEnvironment environment) {
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
    public static void check(List<BenchAuthor> authors, String contender) {
        check(authors, BenchAuthor::id, BenchAuthor::posts, BenchPost::authorId, contender);
    }

    /**
     * The same check for a library with classes of its own: {@code authorId} and {@code posts} read an
     * author, {@code postAuthorId} reads the author key a post holds.
     */
    public static <A, P> void check(List<A> authors, ToLongFunction<A> authorId, Function<A, List<P>> posts,
                                    ToLongFunction<P> postAuthorId, String contender) {
        if (authors == null || authors.size() != AUTHORS) {
            throw new IllegalStateException(contender + " loaded " + (authors == null ? 0 : authors.size())
                    + " authors, expected " + AUTHORS);
        }
        for (int index = 0; index < AUTHORS; index++) {
            A author = authors.get(index);
            long id = authorId.applyAsLong(author);
            List<P> loaded = posts.apply(author);
            if (id != index + 1 || loaded == null || loaded.size() != POSTS_EACH
                    || loaded.stream().anyMatch(post -> postAuthorId.applyAsLong(post) != id)) {
                throw new IllegalStateException(contender + " loaded a wrong graph at author " + (index + 1));
            }
        }
    }
}
