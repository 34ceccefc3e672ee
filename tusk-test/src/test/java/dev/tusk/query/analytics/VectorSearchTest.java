package dev.tusk.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.query.VectorMetric;
import dev.tusk.render.SqlStatement;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code nearest(col, vector, metric)}: pgvector order by distance. The SQL and the checks made before
 * SQL are tested everywhere; the search itself only where the server has pgvector.
 */
@TuskTest
class VectorSearchTest {
    private static final float[] EAST_BY_NORTH = {1f, 0.2f, 0f};

    record Hit(String title, Double distance) {}

    @BeforeAll
    static void documents(TestDatabase database) {
        long available = database.database()
                .sql("select count(*) from pg_available_extensions where name = 'vector'").one(Long.class);
        if (available > 0) {
            database.execute("create extension if not exists vector;"
                    + " create table doc (id bigserial primary key, title text not null, embedding vector(3));"
                    + " insert into doc (title, embedding) values ('east', '[1,0,0]'), ('north', '[0,1,0]'),"
                    + " ('up', '[0,0,1]'), ('north-east', '[1,1,0]'), ('far east', '[5,0.1,0]'),"
                    + " ('south-west', '[-1,-1,0]'), ('unplaced', null)");
        }
    }

    @Test
    void queryVectorOfTheWrongDimensionIsRefusedBeforeSql(Database db, SqlCapture capture) {
        List<CapturedStatement> statements = capture.during(() -> {
            assertThatThrownBy(() -> db.from(Doc.class).nearest(Doc_.embedding, new float[] {1f, 0f}, VectorMetric.COSINE).list())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("2 dimensions")
                    .hasMessageContaining("vector(3)");
            assertThatThrownBy(() -> db.from(Doc.class).nearest(Doc_.embedding, new float[] {1f, 0f, 0f, 0f}, VectorMetric.L2))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.from(Doc.class).nearest(Doc_.embedding, new float[] {1f, Float.NaN, 0f}, VectorMetric.L2))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("finite");
            assertThatThrownBy(() -> db.from(Doc.class).nearest(Doc_.embedding, null, VectorMetric.L2))
                    .isInstanceOf(ValidationException.class);
        });

        assertThat(statements).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(VectorMetric.class)
    void nearestOrdersByTheMetricsOperatorWithTheVectorBoundOnce(VectorMetric metric, Database db) {
        SqlStatement statement = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, metric).limit(3).toSql();

        assertThat(statement.sql()).contains("\"embedding\" " + metric.sql() + " CAST(? AS vector)")
                .contains("AS \"distance\"")
                .contains("\"embedding\" IS NOT NULL")
                .contains(" ORDER BY 4 LIMIT ?"); // the fourth selected value is the distance
        assertThat(countOf(metric.sql(), statement.sql())).as("the distance is computed once").isEqualTo(1);
        List<Object> vectors = statement.params().stream().filter(param -> param instanceof float[]).toList();
        assertThat(vectors).singleElement().isEqualTo(EAST_BY_NORTH);
        assertThat(statement.params()).as("the vector and the limit").hasSize(2);
    }

    @Test
    void nullGuardCanBeSwitchedOff(Database db) {
        String guarded = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, VectorMetric.L2).toSql().sql();
        String unguarded = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, VectorMetric.L2, false).toSql().sql();

        assertThat(guarded).contains("IS NOT NULL");
        assertThat(unguarded).doesNotContain("IS NOT NULL").doesNotContain("WHERE");
    }

    // ---- on a server with pgvector

    @ParameterizedTest
    @EnumSource(VectorMetric.class)
    void nearestReturnsDocumentsClosestFirstUnderEachMetric(VectorMetric metric, Database db, TestDatabase database) {
        requirePgvector(database);

        List<Doc> docs = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, metric).list();

        List<String> expected = db.sql("select title from doc where embedding is not null"
                + " order by embedding " + metric.sql() + " cast(:v as vector)").bind("v", "[1,0.2,0]").list(String.class);
        assertThat(docs).extracting(Doc::title).containsExactlyElementsOf(expected).doesNotContain("unplaced").hasSize(6);
    }

    @Test
    void cosineNearestPutsTheSameDirectionFirstWhateverTheLength(Database db, TestDatabase database) {
        requirePgvector(database);

        List<Doc> nearest = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, VectorMetric.COSINE).limit(2).list();
        List<Doc> byL2 = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, VectorMetric.L2).limit(1).list();

        assertThat(nearest).extracting(Doc::title).containsExactlyInAnyOrder("east", "far east");
        assertThat(byL2).extracting(Doc::title).containsExactly("east");
        assertThat(nearest.get(0).embedding()).hasSize(3);
    }

    @Test
    void distanceIsReadableFromRowsAndIntoARecord(Database db, TestDatabase database) {
        requirePgvector(database);

        List<Row> rows = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, VectorMetric.L2).rows();
        List<Hit> hits = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, VectorMetric.L2).into(Hit.class);

        List<Double> expected = db.sql("select embedding <-> cast(:v as vector) from doc where embedding is not null"
                + " order by 1").bind("v", "[1,0.2,0]").list(Double.class);
        assertThat(rows).extracting(row -> row.getDouble("distance")).containsExactlyElementsOf(expected);
        assertThat(hits).extracting(Hit::distance).containsExactlyElementsOf(expected);
        assertThat(hits.get(0).title()).isEqualTo("east");
        assertThat(hits.get(0).distance()).isCloseTo(0.2, within(1e-6));
    }

    @Test
    void withoutTheNullGuardDocumentsWithoutAVectorComeLast(Database db, TestDatabase database) {
        requirePgvector(database);

        List<Row> rows = db.from(Doc.class).nearest(Doc_.embedding, EAST_BY_NORTH, VectorMetric.L2, false).rows();

        assertThat(rows).hasSize(7);
        assertThat(rows.get(6).getString("title")).isEqualTo("unplaced");
        assertThat(rows.get(6).get("distance")).isNull();
        assertThat(rows.get(0).getString("title")).isEqualTo("east");
    }

    private static void requirePgvector(TestDatabase database) {
        assumeTrue(database.hasExtension("vector"), "pgvector not installed on this server");
    }

    private static int countOf(String needle, String text) {
        int count = 0;
        for (int from = text.indexOf(needle); from >= 0; from = text.indexOf(needle, from + 1)) {
            count++;
        }
        return count;
    }
}
