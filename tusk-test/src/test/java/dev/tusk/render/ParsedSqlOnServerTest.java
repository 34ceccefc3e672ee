package dev.tusk.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parsed SQL prepared and run through plain pgjdbc: the JDBC text must bind exactly the values
 * {@link ParsedSql#toStatement} lists, with literals, comments and operators reaching the server
 * as written.
 */
@TuskTest
class ParsedSqlOnServerTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute("""
                create table docs (id int primary key, data jsonb not null);
                insert into docs values (1, '{"a": 1, "b": 2}'), (2, '{"a": 1}'), (3, '{"c": 3}');
                create table notes (id serial primary key, body text not null);
                """);
    }

    // ---- jsonb operators

    @Test
    void jsonbOperatorsWorkInPositionalMode(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            assertThat(ids(connection, "select id from docs where data ?? ? order by id", List.of("a")))
                    .containsExactly(1, 2);
            assertThat(ids(connection, "select id from docs where data ?| ? order by id",
                    List.of((Object) new String[] {"b", "c"}))).containsExactly(1, 3);
            assertThat(ids(connection, "select id from docs where data ?& array['a', 'b'] and id < ?",
                    List.of(10))).containsExactly(1);
        }
    }

    @Test
    void jsonbOperatorsWorkInNamedMode(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            assertThat(ids(connection, "select id from docs where data ? :key order by id", Map.of("key", "a")))
                    .containsExactly(1, 2);
            assertThat(ids(connection, "select id from docs where data ? 'a' and id > :min order by id",
                    Map.of("min", 1))).containsExactly(2);
            assertThat(ids(connection, "select id from docs where data ?| :keys order by id",
                    Map.of("keys", new String[] {"b", "c"}))).containsExactly(1, 3);
            assertThat(ids(connection, "select id from docs where data ?& :keys order by id",
                    Map.of("keys", new String[] {"a", "b"}))).containsExactly(1);
            assertThat(ids(connection, "select id from docs where data ?? 'c' and id = :id", Map.of("id", 3)))
                    .containsExactly(3);
        }
    }

    // ---- literals, identifiers, dollar quotes, comments

    @Test
    void literalsKeepPlaceholderLookalikes(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            List<Object> row = firstRow(connection,
                    "select 'it''s :x ?' as \"col :y ?\", E'\\' :z ?', E'don''t \\' ?', U&'\\0041 :u ?', :v::int + 1",
                    Map.of("v", "41"));
            assertThat(row).containsExactly("it's :x ?", "' :z ?", "don't ' ?", "A :u ?", 42);
            try (PreparedStatement statement = connection.prepareStatement(
                    ParsedSql.parse("select 1 as \"col :y ?\"").jdbcSql())) {
                assertThat(statement.executeQuery().getMetaData().getColumnLabel(1)).isEqualTo("col :y ?");
            }
        }
    }

    @Test
    void dollarQuotedFunctionBodyRunsWithPlaceholderAfterIt(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            String text = """
                    create function plus_one(x int) returns text language plpgsql as $body$
                    declare y int;
                    begin
                      y := x + 1;  -- :x ? stay in the body
                      return ':x ? ' || y || $$ :n $$;
                    end
                    $body$;
                    select plus_one(:n), $$?$$, :n::int * 2""";
            ParsedSql sql = ParsedSql.parse(text);
            assertThat(sql.parameterNames()).containsExactly("n");
            SqlStatement statement = sql.toStatement(Map.of("n", 4), List.of());
            try (PreparedStatement prepared = prepare(connection, statement)) {
                assertThat(prepared.execute()).isFalse(); // the create function
                assertThat(prepared.getMoreResults()).isTrue();
                try (ResultSet rows = prepared.getResultSet()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo(":x ? 5 :n ");
                    assertThat(rows.getString(2)).isEqualTo("?");
                    assertThat(rows.getInt(3)).isEqualTo(8);
                }
            }
        }
    }

    @Test
    void commentsHidePlaceholders(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            String text = """
                    select /* :x ? it's */ :a::int -- :y ? it's
                      + /* outer /* :inner ? */ still comment ' */ 1,
                      /*/ ? it's */ :b::text""";
            assertThat(firstRow(connection, text, Map.of("a", 1, "b", "two"))).containsExactly(2, "two");
            assertThat(firstRow(connection, "select ?::int /* ? */ + 1 -- ?", List.of(5))).containsExactly(6);
        }
    }

    @Test
    void castsSlicesAndConcatenation(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            assertThat(firstRow(connection, "select :v::int + '2'::int, (array[1,2,3,4])[2:3]::text, :v || 'x'",
                    Map.of("v", "40"))).containsExactly(42, "{2,3}", "40x");
            assertThat(firstRow(connection, "select ?||'x', ?::int * 2", List.of("a", "21")))
                    .containsExactly("ax", 42);
        }
    }

    @Test
    void repeatedNameBindsEveryPlace(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            assertThat(firstRow(connection, "select :v::int + :w::int * :v::int", Map.of("v", 3, "w", 10)))
                    .containsExactly(33);
        }
    }

    @Test
    void valuesThatLookLikeSqlAreStoredVerbatim(TestDatabase db) throws SQLException {
        List<String> values = List.of(":name", "?", "??", "?| ?&", "'; drop table notes; --",
                "$1", "$$", "/*", "E'\\''", "\"x\"");
        try (Connection connection = db.connection()) {
            for (String value : values) {
                List<Object> stored = firstRow(connection,
                        "insert into notes (body) values (:body) returning id, body", Map.of("body", value));
                assertThat(stored.get(1)).isEqualTo(value);
                assertThat(firstRow(connection, "select body from notes where id = ?", List.of(stored.get(0))))
                        .containsExactly(value);
            }
            assertThat(firstRow(connection, "select to_regclass('notes') is not null, count(*)::int from notes"
                    + " where body = any(:values)", Map.of("values", values.toArray(String[]::new))))
                    .containsExactly(true, values.size());
        }
    }

    // ---- running

    private static List<Integer> ids(Connection connection, String text, Object values) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        for (List<Object> row : rows(connection, text, values)) {
            ids.add((Integer) row.get(0));
        }
        return ids;
    }

    private static List<Object> firstRow(Connection connection, String text, Object values) throws SQLException {
        List<List<Object>> rows = rows(connection, text, values);
        assertThat(rows).isNotEmpty();
        return rows.get(0);
    }

    /** Parses {@code text}, binds a {@code Map} by name or a {@code List} by index, runs it. */
    private static List<List<Object>> rows(Connection connection, String text, Object values) throws SQLException {
        ParsedSql sql = ParsedSql.parse(text);
        SqlStatement statement = values instanceof Map<?, ?> named
                ? sql.toStatement(toStringKeys(named), List.of())
                : sql.toStatement(Map.of(), (List<?>) values);
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement prepared = prepare(connection, statement);
             ResultSet resultSet = prepared.executeQuery()) {
            int columns = resultSet.getMetaData().getColumnCount();
            while (resultSet.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(resultSet.getObject(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection connection, SqlStatement statement) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        try {
            for (int index = 0; index < statement.params().size(); index++) {
                prepared.setObject(index + 1, statement.params().get(index));
            }
            return prepared;
        } catch (SQLException e) {
            prepared.close();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> toStringKeys(Map<?, ?> named) {
        return (Map<String, ?>) named;
    }
}
