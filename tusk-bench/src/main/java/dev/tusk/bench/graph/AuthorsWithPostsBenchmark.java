package dev.tusk.bench.graph;

import dev.tusk.bench.data.BenchAuthor;
import dev.tusk.bench.data.BenchPost;
import dev.tusk.bench.data.BlogTables;
import dev.tusk.bench.env.BenchEnvironment;
import dev.tusk.query.Col;
import dev.tusk.query.Relation;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * W6: load 100 authors with their 10 posts each, as records with the posts in a list. Raw JDBC is
 * the hand-written two-query version (the authors, then every post of those authors with
 * {@code = ANY(?)}, grouped in Java); Tusk is {@code from(Author).prefetch(Author_.posts).list()}.
 * The last result of each iteration is checked outside the timing.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuthorsWithPostsBenchmark {
    static final Relation.ToMany<BenchAuthor, BenchPost> POSTS =
            new Relation.ToMany<>(BenchAuthor.class, "posts", BenchPost.class, Relation.Kind.ONE_TO_MANY);
    private static final String AUTHORS_SQL = "SELECT id, name FROM tusk_bench.bench_author ORDER BY id";
    private static final String POSTS_SQL = "SELECT id, author_id, title, body FROM tusk_bench.bench_post"
            + " WHERE author_id = ANY(?) ORDER BY id";

    private BenchEnvironment environment;
    private List<BenchAuthor> last;

    @Setup(Level.Trial)
    public void openTrial() {
        environment = BenchEnvironment.current();
        BlogTables.prepare(environment);
    }

    @TearDown(Level.Iteration)
    public void checkResult(BenchmarkParams params) {
        BlogTables.check(last, params.getBenchmark());
        last = null;
    }

    /** Tusk: one query, one prefetch statement. */
    @Benchmark
    public List<BenchAuthor> tuskPrefetch() {
        last = environment.tusk().from(BenchAuthor.class).orderBy(Col.of("id").asc()).prefetch(POSTS).list();
        return last;
    }

    /** Hand-written JDBC: two statements, posts grouped by author in a map. */
    @Benchmark
    public List<BenchAuthor> rawTwoQueries() throws SQLException {
        try (Connection connection = environment.rawPool().getConnection()) {
            List<Long> keys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (PreparedStatement authors = connection.prepareStatement(AUTHORS_SQL);
                 ResultSet rows = authors.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                    names.add(rows.getString(2));
                }
            }
            Long[] ids = keys.toArray(Long[]::new);
            Map<Long, List<BenchPost>> postsByAuthor = new HashMap<>();
            try (PreparedStatement posts = connection.prepareStatement(POSTS_SQL)) {
                Array array = connection.createArrayOf("bigint", ids);
                posts.setArray(1, array);
                try (ResultSet rows = posts.executeQuery()) {
                    while (rows.next()) {
                        BenchPost post = new BenchPost(rows.getLong(1), rows.getLong(2), rows.getString(3),
                                rows.getString(4));
                        postsByAuthor.computeIfAbsent(post.authorId(), ignored -> new ArrayList<>()).add(post);
                    }
                }
            }
            List<BenchAuthor> result = new ArrayList<>(ids.length);
            for (int index = 0; index < ids.length; index++) {
                result.add(new BenchAuthor(ids[index], names.get(index),
                        List.copyOf(postsByAuthor.getOrDefault(ids[index], List.of()))));
            }
            last = result;
            return result;
        }
    }
}
