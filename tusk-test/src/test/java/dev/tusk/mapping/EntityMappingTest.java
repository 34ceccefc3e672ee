package dev.tusk.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Index;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;
import dev.tusk.exception.MappingException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TuskTest;
import org.junit.jupiter.api.Test;

/** Classes that cannot be mapped fail at first use, naming the class, the field and the fix. */
@TuskTest
class EntityMappingTest {
    @Table
    record NoKey(String name) {}

    @Table
    record TwoVersions(@Id long id, @Version int a, @Version int b) {}

    @Table
    record Unstorable(@Id long id, Thread worker) {}

    @Table
    record SameColumn(@Id long id, @Column(name = "id") String other) {}

    @Table
    record BadVersionType(@Id long id, @Version String version) {}

    @Table
    static class NoDefaultConstructor {
        @Id
        long id;

        NoDefaultConstructor(long id) {
            this.id = id;
        }
    }

    @Table(schema = "billing")
    @Index(columns = {"invoice_number"}, unique = true)
    @Index(columns = {"issued_on"}, where = "paid = false")
    record OverdueInvoice(@Id long id, String invoiceNumber, java.time.LocalDate issuedOn, boolean paid,
                          String customerHTTPAddress) {}

    @Table(name = "author")
    record Author(@Id long id, String name, @dev.tusk.annotation.OneToMany(mappedBy = "authorId") java.util.List<Post> posts) {}

    @Table(name = "post")
    static class Post {
        @Id
        long id;
        @dev.tusk.annotation.ForeignKey(references = Author.class)
        long authorId;
        @dev.tusk.annotation.ManyToOne
        Author author;
        String title;
    }

    @Table(name = "gauge")
    record Gauge(@Id long id, int reading, Double ratio, boolean live, @dev.tusk.annotation.Transient String note) {}

    @Test
    void recordsAreBuiltFromEveryColumnOrderAndShape(Database db, dev.tusk.test.TestDatabase database) {
        database.execute("drop table if exists gauge; create table gauge (id bigint primary key, reading integer, ratio double precision, live boolean)");
        db.insert(new Gauge(1, 7, null, true, "not stored"));
        db.insert(new Gauge(2, -3, 0.5, false, null));
        // the table-order mapper, many times over so that the JIT compiles the composed reader
        for (int repeat = 0; repeat < 300; repeat++) {
            assertThat(db.from(Gauge.class).orderBy(dev.tusk.query.Col.of("id").asc()).list())
                    .containsExactly(new Gauge(1, 7, null, true, null), new Gauge(2, -3, 0.5, false, null));
        }
        // a result in another column order, one property missing: matched by label, the rest empty
        assertThat(db.sql("select live, reading, id from gauge where id = :id").bind("id", 2L).list(Gauge.class))
                .containsExactly(new Gauge(2, -3, null, false, null));
    }

    @Test
    void aNullColumnForAPrimitiveComponentNamesTheColumnAndTheFix(Database db, dev.tusk.test.TestDatabase database) {
        database.execute("drop table if exists gauge; create table gauge (id bigint primary key, reading integer, ratio double precision, live boolean);"
                + " insert into gauge values (1, null, 1.5, true)");
        assertThatThrownBy(() -> db.get(Gauge.class, 1L))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("column reading is NULL but Gauge.reading is a primitive int")
                .hasMessageContaining("use its box type (Integer)");
    }

    @Test
    void relationSlotsHaveNoColumnAndStayNullUntilLoaded(Database db, dev.tusk.test.TestDatabase database) {
        database.execute("create table author (id bigint primary key, name text);"
                + " create table post (id bigint primary key, author_id bigint references author, title text);");
        assertThat(EntityModel.of(Post.class).properties()).extracting(PropertyModel::name)
                .containsExactly("id", "authorId", "title");
        assertThat(EntityModel.of(Author.class).properties()).extracting(PropertyModel::name).containsExactly("id", "name");

        db.insert(new Author(1, "ann", null));
        Post post = new Post();
        post.id = 10;
        post.authorId = 1;
        post.title = "hello";
        db.insert(post);

        assertThat(db.get(Author.class, 1L).posts()).isNull();
        Post loaded = db.get(Post.class, 10L);
        assertThat(loaded.author).isNull();
        assertThat(loaded.authorId).isEqualTo(1L);
    }

    @Test
    void entityWithoutKeyFailsNamingTheFix(Database db) {
        assertThatThrownBy(() -> db.find(NoKey.class, 1))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining(NoKey.class.getName())
                .hasMessageContaining("mark the key field with @Id");
    }

    @Test
    void twoVersionFieldsFailNamingBoth(Database db) {
        assertThatThrownBy(() -> db.find(TwoVersions.class, 1L))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("two @Version fields, a and b");
    }

    @Test
    void fieldTypeWithoutCodecFailsNamingFieldAndFix(Database db, SqlCapture capture) {
        var statements = capture.during(() -> assertThatThrownBy(() -> db.insert(new Unstorable(1, null)))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining(Unstorable.class.getName() + ".worker has type java.lang.Thread")
                .hasMessageContaining("add @Json"));
        assertThat(statements).isEmpty();
    }

    @Test
    void twoFieldsOnOneColumnFail() {
        assertThatThrownBy(() -> EntityModel.of(SameColumn.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("other maps to column 'id'");
    }

    @Test
    void versionMustBeANumber() {
        assertThatThrownBy(() -> EntityModel.of(BadVersionType.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("make it int or long");
    }

    @Test
    void classWithoutNoArgConstructorFailsNamingTheFix() {
        assertThatThrownBy(() -> EntityModel.of(NoDefaultConstructor.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("has no no-arg constructor: add one");
    }

    @Test
    void namesDefaultToSnakeCaseAndSchemaIsQuoted() {
        EntityModel<OverdueInvoice> model = EntityModel.of(OverdueInvoice.class);

        assertThat(model.tableName()).isEqualTo("overdue_invoice");
        assertThat(model.qualifiedTable()).isEqualTo("\"billing\".\"overdue_invoice\"");
        assertThat(model.properties()).extracting(PropertyModel::column)
                .containsExactly("id", "invoice_number", "issued_on", "paid", "customer_http_address");
        assertThat(OverdueInvoice.class.getAnnotationsByType(Index.class)).hasSize(2);
    }

    @Test
    void modelIsReadOnceAndCached() {
        assertThat(EntityModel.of(OverdueInvoice.class)).isSameAs(EntityModel.of(OverdueInvoice.class));
    }
}
