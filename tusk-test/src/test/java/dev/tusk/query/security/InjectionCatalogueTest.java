package dev.tusk.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.query.Col;
import dev.tusk.query.Cte;
import dev.tusk.query.Functions;
import dev.tusk.query.TextQuery;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The injection catalogue. Hostile values go through every place a query takes a value and are
 * bound: the SQL text is the same as for a harmless value, and they find exactly the row that
 * holds them. Hostile identifiers go through every place a query takes a name and are refused
 * before any SQL is sent. After every attempt the tables are all there with all their rows.
 */
@TuskTest
class InjectionCatalogueTest {
    private static final String HARMLESS = "alice";

    /** Values that would change a statement if they were spliced into it. */
    static final List<String> HOSTILE_VALUES = List.of(
            "'; DROP TABLE users; --",
            "' OR '1'='1",
            "admin'--",
            "alice' /* hidden */ OR 'x'='x",
            "1; DELETE FROM users",
            "$$; DROP TABLE users; $$",
            "\\'; DROP TABLE book; --",
            "\"; DROP TABLE users; --",
            "%' OR name LIKE '%",
            "'); DROP TABLE users; --",
            "?",
            ":name",
            "-- a comment\n; TRUNCATE users");

    /** Names that would change a statement if they were written into it unquoted, or are no identifier at all. */
    static final List<String> HOSTILE_IDENTIFIERS = List.of(
            "id; DROP TABLE users",
            "total\" FROM users; --",
            "a\u0000b",
            "a".repeat(64),
            "book.alice",
            "\"users\"",
            "name--",
            "name /* x */",
            "1name",
            "name)",
            "naïve",
            "");

    /** Every place a query takes a value, as a query that returns the names of the rows found. */
    enum ValueEntry {
        EQ((db, value) -> db.from(Account.class).where(Account_.name.eq(value)).list()),
        IN((db, value) -> db.from(Account.class).where(Account_.name.in(List.of(value))).list()),
        CONTAINS((db, value) -> db.from(Account.class).where(Account_.name.contains(value)).list()),
        ILIKE((db, value) -> db.from(Account.class).where(Account_.name.ilike(value)).list()),
        JSON_HAS_KEY((db, value) -> db.from(Account.class).where(Account_.profile.hasKey(value)).list()),
        JSON_HAS_ANY_KEY((db, value) -> db.from(Account.class).where(Account_.profile.hasAnyKey(value, value)).list()),
        JSON_PATH((db, value) -> db.from(Account.class).where(Account_.profile.pathText(value).eq(value)).list()),
        JSON_CONTAINS((db, value) -> db.from(Account.class).where(Account_.profile.contains(Map.of(value, value))).list()),
        ARRAY_ANY((db, value) -> db.from(Account.class).where(Account_.tags.any(value)).list()),
        ARRAY_CONTAINS((db, value) -> db.from(Account.class).where(Account_.tags.contains(List.of(value))).list()),
        FULL_TEXT((db, value) -> db.from(Account.class).where(Account_.name.matches(value, TextQuery.WEBSEARCH, "simple")).list()),
        EXAMPLE((db, value) -> db.from(Account.class).whereExample(new Account(null, value, null, null, null)).list()),
        CTE_BINDING((db, value) -> db.from(Account.class)
                .with(Cte.of("picked", "select * from users where name = :name", Map.of("name", value)))
                .fromCte("picked").list());

        private final BiFunction<Database, String, List<Account>> query;

        ValueEntry(BiFunction<Database, String, List<Account>> query) {
            this.query = query;
        }

        List<String> names(Database db, String value) {
            return query.apply(db, value).stream().map(Account::name).sorted().toList();
        }
    }

    /** Every place a query takes a name, as a runnable query, with a name it accepts. */
    enum IdentifierEntry {
        COLUMN_NAME("name", "field or column", (db, name) -> db.from(Account.class).where(Col.of(name).eq(HARMLESS)).list()),
        ORDER_BY_NAME("total", "field or column", (db, name) -> db.from(Account.class).orderBy(Col.of(name).desc()).list()),
        ALIAS("a".repeat(63), "alias", (db, name) -> db.from(Account.class).values(Account_.name.as(name))),
        CTE_NAME("picked", "CTE name", (db, name) -> db.from(Account.class)
                .with(Cte.of(name, db.from(Account.class).where(Account_.name.eq(HARMLESS)))).list()),
        CTE_READ("picked", "CTE name", (db, name) -> db.from(Account.class)
                .with(Cte.of("picked", db.from(Account.class))).fromCte(name).list()),
        CTE_COLUMN("name", "column", (db, name) -> db.from(Account.class)
                .with(Cte.of("picked", db.from(Account.class))).fromCte("picked")
                .values(Cte.column("picked", name).as("picked_value"))),
        TEXT_SEARCH_CONFIG("simple", "text search configuration",
                (db, name) -> db.from(Account.class).where(Account_.name.matches(HARMLESS, TextQuery.WEBSEARCH, name)).list()),
        CAST_TYPE("numeric(10,2)", "cast type",
                (db, name) -> db.from(Account.class).values(Functions.cast(Account_.total, name, Object.class).as("cast_total")));

        private final String accepted;
        private final String argument;
        private final BiFunction<Database, String, List<?>> query;

        IdentifierEntry(String accepted, String argument, BiFunction<Database, String, List<?>> query) {
            this.accepted = accepted;
            this.argument = argument;
            this.query = query;
        }
    }

    @BeforeAll
    static void tables(TestDatabase database) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("create table users (id bigserial primary key, name text, total numeric(10,2),"
                    + " profile jsonb, tags text[])");
            statement.execute("create table book (id serial primary key, title text, owner text)");
            statement.execute("insert into book (title, owner) values ('Dune', 'alice'), ('Emma', 'bob')");
            statement.execute("create table ledger (id integer primary key, \"total\"\" FROM users; --\" numeric(10,2))");
            statement.execute("insert into ledger values (1, 10.50), (2, 99.00)");
            List<String> names = new ArrayList<>(List.of(HARMLESS, "bob"));
            names.addAll(HOSTILE_VALUES);
            try (PreparedStatement insert = connection.prepareStatement("insert into users (name, total, profile, tags)"
                    + " values (?, 1, jsonb_build_object(?::text, ?::text), array[?::text])")) {
                for (String name : names) {
                    insert.setString(1, name);
                    insert.setString(2, name);
                    insert.setString(3, name);
                    insert.setString(4, name);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @AfterEach
    void tablesAreIntact(Database db) {
        assertThat(db.sql("select tablename from pg_tables where schemaname = 'public' order by tablename").list(String.class))
                .containsExactly("book", "ledger", "users");
        assertThat(db.sql("select count(*) from users").list(Long.class)).containsExactly((long) HOSTILE_VALUES.size() + 2);
        assertThat(db.sql("select count(*) from book").list(Long.class)).containsExactly(2L);
        assertThat(db.sql("select count(*) from ledger").list(Long.class)).containsExactly(2L);
    }

    static Stream<Arguments> hostileValues() {
        return Stream.of(ValueEntry.values())
                .flatMap(entry -> HOSTILE_VALUES.stream().map(value -> Arguments.of(entry, value)));
    }

    static Stream<Arguments> hostileIdentifiers() {
        return Stream.of(IdentifierEntry.values())
                .flatMap(entry -> HOSTILE_IDENTIFIERS.stream().map(name -> Arguments.of(entry, name)));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("hostileValues")
    void hostileValueIsBoundNeverSpliced(ValueEntry entry, String value, Database db, SqlCapture capture) {
        List<CapturedStatement> harmless = capture.during(() -> entry.names(db, HARMLESS));
        List<String> found = new ArrayList<>();

        List<CapturedStatement> hostile = capture.during(() -> found.addAll(entry.names(db, value)));

        assertThat(hostile).as("one statement").singleElement()
                .satisfies(statement -> assertThat(statement.failed()).isFalse());
        assertThat(hostile.get(0).sql()).as("the same SQL text as for a harmless value").isEqualTo(harmless.get(0).sql());
        switch (entry) {
            case CONTAINS -> assertThat(found).contains(value).allMatch(name -> name.contains(value));
            case ILIKE, FULL_TEXT -> { } // a pattern or a tsquery: what it matches depends on its syntax, not on SQL
            default -> assertThat(found).as("exactly the row holding the value").containsExactly(value);
        }
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("hostileIdentifiers")
    void hostileIdentifierIsRefusedBeforeSql(IdentifierEntry entry, String name, Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() -> entry.query.apply(db, name))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(entry.argument));

        assertThat(sent).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IdentifierEntry.class)
    void everyIdentifierEntryAcceptsAnOrdinaryName(IdentifierEntry entry, Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThat(entry.query.apply(db, entry.accepted)).isNotEmpty());

        assertThat(sent).singleElement().satisfies(statement -> assertThat(statement.failed()).isFalse());
    }

    @Test
    void aSixtyThreeByteAliasComesBackAsTheLabel(Database db) {
        String alias = "a".repeat(63);

        List<Row> rows = db.from(Account.class).where(Account_.name.eq(HARMLESS)).values(Account_.name.as(alias));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.getString(alias)).isEqualTo(HARMLESS));
    }

    @Test
    void aColumnNamedLikeAnInjectionIsQuoted(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> {
            assertThat(db.from(Ledger.class).where(Ledger_.total.gt(new BigDecimal("50"))).list())
                    .containsExactly(new Ledger(2, new BigDecimal("99.00")));
            assertThat(db.from(Ledger.class).where(Col.of("total\" FROM users; --").lt(new BigDecimal("50"))).list())
                    .extracting(Ledger::id).containsExactly(1);
        });

        assertThat(sent).hasSize(2).allSatisfy(statement -> assertThat(statement.sql()).contains("\"total\"\" FROM users; --\""));
    }

    @Test
    void aNulInAValueIsRefusedBeforeSql(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(
                () -> db.from(Account.class).where(Account_.name.eq("a\u0000b")).list())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("NUL"));

        assertThat(sent).isEmpty();
    }

    @Test
    void aMalformedRawTextQueryFailsInTheDatabaseAsOneStatement(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() -> db.from(Account.class)
                .where(Account_.name.matches("'; DROP TABLE users; --", TextQuery.RAW, "simple")).list())
                .isInstanceOf(dev.tusk.exception.TuskException.class)
                .hasMessageContaining("syntax error in tsquery"));

        assertThat(sent).singleElement().satisfies(statement -> assertThat(statement.failed()).isTrue());
    }

    @Test
    void castTakesMultiWordTypeNames(Database db) {
        List<Row> rows = db.from(Account.class).where(Account_.name.eq(HARMLESS))
                .values(Functions.cast(Account_.total, "double precision", Double.class).as("total"));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("total")).isEqualTo(1.0d));
    }
}
