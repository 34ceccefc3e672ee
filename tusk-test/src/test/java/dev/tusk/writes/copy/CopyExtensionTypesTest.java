package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tusk.Database;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types from extensions (pgvector, citext) and xml, where the server has them. */
@TuskTest
class CopyExtensionTypesTest {

    @Test
    void vectorReadsBackEqual(Database db, TestDatabase database) {
        assumeTrue(db.sql("select count(*) from pg_available_extensions where name = 'vector'").one(Long.class) == 1,
                "the server has no pgvector");
        database.execute("create extension if not exists vector;"
                + " create table copy_vectors (id integer primary key, embedding vector(3))");
        List<VectorRow> rows = List.of(new VectorRow(1, new float[] {1.5f, -2f, 0f}), new VectorRow(2, null));

        db.copy(VectorRow.class, rows);

        assertThat(db.sql("select * from copy_vectors order by id").list(VectorRow.class))
                .usingRecursiveFieldByFieldElementComparator(CopyTypesTest.EXACT).containsExactlyElementsOf(rows);
        assertThat(db.sql("select embedding::text from copy_vectors where id = 1").one(String.class))
                .isEqualTo("[1.5,-2,0]");
    }

    @Test
    void citextAndXmlTakeTheirText(Database db, TestDatabase database) {
        assumeTrue(db.sql("select count(*) from pg_available_extensions where name = 'citext'").one(Long.class) == 1,
                "the server has no citext");
        assumeTrue(supportsXml(db), "the server was built without libxml");
        database.execute("create extension if not exists citext;"
                + " create table copy_markup (id integer primary key, nick citext, markup xml)");
        List<MarkupRow> rows = List.of(new MarkupRow(1, "MiXeD", "<a b=\"1\">text &amp; \uD83D\uDE00</a>"),
                new MarkupRow(2, null, null));

        db.copy(MarkupRow.class, rows);

        assertThat(db.sql("select * from copy_markup order by id").list(MarkupRow.class)).containsExactlyElementsOf(rows);
        assertThat(db.sql("select count(*) from copy_markup where nick = 'mixed'").one(Long.class)).isEqualTo(1);
    }

    private static boolean supportsXml(Database db) {
        try {
            return db.sql("select xml_is_well_formed('<a/>')").one(Boolean.class);
        } catch (dev.tusk.exception.DatabaseException unsupported) {
            return false;
        }
    }
}
