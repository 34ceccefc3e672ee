package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One-dimensional arrays in binary form, each carrying its column's element type, enums included. */
@TuskTest
class CopyArraysTest {

    @BeforeAll
    static void table(TestDatabase database) {
        database.execute("""
                create type copy_mood as enum ('HAPPY', 'so-so', 'GRUMPY');
                create table copy_arrays (id integer primary key, counts integer[], totals bigint[], smalls smallint[],
                    weights double precision[], ratios real[], flags boolean[], words text[], codes varchar(10)[],
                    labels varchar[], keys uuid[], amounts numeric[], days date[], moments timestamptz[],
                    maybe integer[], moods copy_mood[], mood_texts text[], blobs bytea[]);
                """);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate copy_arrays");
    }

    static ArrayRow filled(int id) {
        return new ArrayRow(id, new int[] {1, -2, Integer.MAX_VALUE}, new long[] {Long.MIN_VALUE, 0},
                new short[] {7, -7}, new double[] {0.5, Double.NaN}, new float[] {1.25f}, new boolean[] {true, false},
                List.of("a,b", "{brace}", "quote\"d", "back\\slash", "NULL", "", "\uD83D\uDE00"),
                List.of("short", "ten chars!"), List.of("varchar", "column"),
                new UUID[] {new UUID(1, 2), null}, List.of(new BigDecimal("1.50"), new BigDecimal("-0.0001")),
                List.of(LocalDate.of(2024, 2, 29), LocalDate.MAX),
                List.of(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                Arrays.asList(1, null, 3), List.of(Mood.SO_SO, Mood.GRUMPY), List.of(Mood.HAPPY),
                List.of(new byte[] {1, 2}, new byte[0]));
    }

    static ArrayRow empties(int id) {
        return new ArrayRow(id, new int[0], new long[0], new short[0], new double[0], new float[0], new boolean[0],
                List.of(), List.of(), List.of(), new UUID[0], List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    static ArrayRow nulls(int id) {
        return new ArrayRow(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void arraysReadBackEqual(Database db) {
        db.copy(ArrayRow.class, List.of(filled(1), empties(2), nulls(3)));

        List<ArrayRow> loaded = db.sql("select * from copy_arrays order by id").list(ArrayRow.class);
        assertThat(loaded).usingRecursiveFieldByFieldElementComparator(CopyTypesTest.EXACT)
                .containsExactly(filled(1), empties(2), nulls(3));
    }

    @Test
    void arraysAreStoredExactlyAsInsertStoresThem(Database db) {
        db.insert(filled(101));
        db.insert(empties(102));

        db.copy(ArrayRow.class, List.of(filled(1), empties(2)));

        assertThat(db.sql("select (to_jsonb(t) - 'id')::text from copy_arrays t where id < 100 order by id")
                .list(String.class))
                .isEqualTo(db.sql("select (to_jsonb(t) - 'id')::text from copy_arrays t where id > 100 order by id")
                        .list(String.class));
    }

    @Test
    void elementTypesAndNullsAreTheServersOwn(Database db) {
        db.copy(ArrayRow.class, List.of(filled(1), empties(2)));

        assertThat(db.sql("""
                select concat_ws(' | ', pg_typeof(codes), pg_typeof(moods), moods[1], array_length(maybe, 1),
                                 maybe[2] is null, cardinality(counts), array_ndims(words))
                from copy_arrays order by id""").list(String.class))
                .containsExactly("character varying[] | copy_mood[] | so-so | 3 | t | 3 | 1",
                        "character varying[] | copy_mood[] | t | 0");
    }
}
