package dev.tusk.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.exception.MappingException;
import dev.tusk.exception.NonUniqueResultException;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@TuskTest
class RawSqlTest {
    @Table(name = "people")
    record Person(@Id long id, String name, int age, String role) {}

    record NameAndAge(String name, int age) {}

    private final Database db;
    private final SqlCapture capture;

    RawSqlTest(Database db, SqlCapture capture) {
        this.db = db;
        this.capture = capture;
    }

    @BeforeAll
    static void createTable(TestDatabase database) {
        database.execute("""
                create table people (id bigint primary key, name text not null, age int not null, role text,
                                     attributes jsonb not null default '{}');
                insert into people (id, name, age, role, attributes) values
                  (1, 'ann', 31, 'admin', '{"vip": true}'),
                  (2, 'ben', 17, 'user', '{"beta": true}'),
                  (3, 'cat', 45, 'user', '{"vip": false, "beta": true}');
                create table notes (id serial primary key, body text not null);
                """);
    }

    @Test
    void namedPlaceholdersMapRowsIntoEntities() {
        List<Person> adults = db.sql("select id, name, age, role from people where age >= :age order by id")
                .bind("age", 18)
                .list(Person.class);

        assertThat(adults).extracting(Person::name).containsExactly("ann", "cat");
    }

    @Test
    void positionalPlaceholdersBindByIndex() {
        List<String> names = db.sql("select name from people where age between ? and ? order by name")
                .bind(1, 10).bind(2, 40)
                .list(String.class);

        assertThat(names).containsExactly("ann", "ben");
    }

    @Test
    void repeatedNameIsBoundEverywhere() {
        long count = db.sql("select count(*) from people where age > :n or id = :n").bind("n", 2).one(Long.class);

        assertThat(count).isEqualTo(3);
    }

    @Test
    void recordsThatAreNotEntitiesAreFilledByColumnLabel() {
        NameAndAge oldest = db.sql("select age, name from people order by age desc").first(NameAndAge.class).orElseThrow();

        assertThat(oldest).isEqualTo(new NameAndAge("cat", 45));
    }

    @Test
    void unmatchedResultColumnIsAnErrorNamingIt() {
        assertThatThrownBy(() -> db.sql("select name, age, 1 as bonus from people").list(NameAndAge.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("result column 'bonus' matches no field of NameAndAge");
    }

    @Test
    void rowsGiveValuesByNameAndIndexWithTypedGetters() {
        List<Row> rows = db.sql("select role, count(*) as n, avg(age) as mean from people group by role order by role")
                .rows();

        assertThat(rows).hasSize(2);
        Row users = rows.get(1);
        assertThat(users.getString("role")).isEqualTo("user");
        assertThat(users.get(0)).isEqualTo("user");
        assertThat(users.getLong("n")).isEqualTo(2L);
        assertThat(users.getInt("n")).isEqualTo(2);
        assertThat(users.getBigDecimal("mean")).isEqualByComparingTo(new BigDecimal("31"));
        assertThat(users.columns()).containsExactly("role", "n", "mean");
        assertThatThrownBy(() -> users.get("missing"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no column 'missing'");
    }

    @Test
    void oneFindOneAndFirstMeanTheSameEverywhere() {
        assertThat(db.sql("select name from people where id = 1").one(String.class)).isEqualTo("ann");
        assertThat(db.sql("select name from people where id = 9").findOne(String.class)).isEmpty();
        assertThat(db.sql("select name from people order by id").first(String.class)).contains("ann");
        assertThatThrownBy(() -> db.sql("select name from people").one(String.class))
                .isInstanceOf(NonUniqueResultException.class);
        assertThatThrownBy(() -> db.sql("select name from people").findOne(String.class))
                .isInstanceOf(NonUniqueResultException.class);
        assertThatThrownBy(() -> db.sql("select name from people where id = 9").one(String.class))
                .isInstanceOf(NotFoundException.class);
        assertThat(db.sql("select name from people where id = 2").one().getString("name")).isEqualTo("ben");
        assertThat(db.sql("select name from people where id = 9").findOne()).isEmpty();
    }

    @Test
    void executeReturnsTheChangedRowCount() {
        long changed = db.sql("update people set role = role where role = :role").bind("role", "user").execute();

        assertThat(changed).isEqualTo(2);
    }

    @Test
    void jsonbOperatorsWorkAlongsideNamedPlaceholders() {
        List<String> vips = db.sql("select name from people where attributes ? 'vip' and age > :age order by id")
                .bind("age", 0).list(String.class);
        List<String> either = db.sql("select name from people where attributes ?| array['vip','beta'] and id <> :id"
                + " order by id").bind("id", 1).list(String.class);
        List<String> both = db.sql("select name from people where attributes ?& array['vip','beta']").list(String.class);

        assertThat(vips).containsExactly("ann", "cat");
        assertThat(either).containsExactly("ben", "cat");
        assertThat(both).containsExactly("cat");
    }

    @Test
    void boundValueThatLooksLikeSqlIsStoredVerbatim() {
        String nasty = "'; drop table people; -- :name ? $$";

        db.sql("insert into notes (body) values (:body)").bind("body", nasty).execute();

        assertThat(db.sql("select body from notes where body = :body").bind("body", nasty).one(String.class))
                .isEqualTo(nasty);
        assertThat(db.sql("select count(*) from people").one(Long.class)).isEqualTo(3L);
    }

    @Test
    void unknownNameIsRejectedListingThePlaceholders() {
        assertThatThrownBy(() -> db.sql("select * from people where id = :id").bind("ident", 1))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no placeholder :ident")
                .hasMessageContaining(":id");
    }

    @Test
    void unboundPlaceholderIsRejectedBeforeSql() {
        var statements = capture.during(() -> {
            assertThatThrownBy(() -> db.sql("select name from people where id = ? and age > ?").bind(1, 1)
                    .list(String.class))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("number 2 is not bound");
            assertThatThrownBy(() -> db.sql("select name from people where id = :id").list(String.class))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("id");
        });
        assertThat(statements).isEmpty();
    }

    @Test
    void textWithNulIsRefusedBeforeSql() {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.sql("insert into notes (body) values (:body)")
                .bind("body", "a\u0000b").execute())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("body")
                .hasMessageContaining("NUL"));
        assertThat(statements).isEmpty();
    }

    @Test
    void collectionBindsAsOneArrayParameter() {
        var statements = capture.during(() -> assertThat(db.sql("select name from people where id = any(:ids) order by id")
                .bind("ids", List.of(1L, 3L)).list(String.class)).containsExactly("ann", "cat"));

        assertThat(statements).singleElement().satisfies(statement -> assertThat(statement.params()).hasSize(1));
    }
}
