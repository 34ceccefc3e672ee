package dev.tusk.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Session;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST_LOAD fires for every table entity mapped from a row, however it was read, and for nothing else. */
@TuskTest
class LoadEventsTest {

    /** A projection: a record without @Table. */
    record Title(String title) {}

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table ev_article (id bigserial primary key, title text not null unique, touched_at timestamptz);
                insert into ev_article (title) values ('one'), ('two'), ('three');
                """);
    }

    @Test
    void everyWayOfReadingAnEntityFiresPostLoad(Database db) {
        List<String> loaded = new CopyOnWriteArrayList<>();
        try (Registration registration = db.events().on(EventType.POST_LOAD, Article.class,
                (article, event) -> loaded.add(event.operation() + " " + article.title))) {
            db.get(Article.class, 1L);
            db.find(Article.class, 2L);
            db.from(Article.class).where(dev.tusk.query.Col.of("id").eq(3L)).list();
            try (Stream<Article> rows = db.from(Article.class).orderBy(dev.tusk.query.Col.of("id").asc()).stream()) {
                rows.forEach(row -> { });
            }
            db.sql("select * from ev_article where id = 1").one(Article.class);
            try (Session session = db.openSession()) {
                session.get(Article.class, 2L);
                session.get(Article.class, 2L);                     // the identity map: no second load
            }
        }

        assertThat(loaded).containsExactly("load one", "load two", "load three", "load one", "load two",
                "load three", "load one", "load two");
    }

    @Test
    void aHandlerMayChangeALoadedClassInstance(Database db) {
        try (Registration registration = db.events().on(EventType.POST_LOAD, Article.class,
                (article, event) -> article.title = article.title.toUpperCase())) {
            assertThat(db.get(Article.class, 1L).title).isEqualTo("ONE");
        }
        assertThat(db.get(Article.class, 1L).title).isEqualTo("one");
    }

    @Test
    void projectionsAndOtherEntitiesAreNotAnnounced(Database db) {
        List<Object> loaded = new CopyOnWriteArrayList<>();
        try (Registration registration = db.events().on(EventType.POST_LOAD, (entity, event) -> loaded.add(entity))) {
            db.sql("select title from ev_article").list(Title.class);
            db.sql("select count(*) from ev_article").one(Long.class);
            db.get(Article.class, 3L);
        }

        assertThat(loaded).singleElement().isInstanceOf(Article.class);
    }

    @Test
    void anExceptionInAPostLoadHandlerFailsTheRead(Database db) {
        try (Registration registration = db.events().on(EventType.POST_LOAD, Article.class, (article, event) -> {
            throw new IllegalStateException("not readable: " + article.title);
        })) {
            assertThatThrownBy(() -> db.get(Article.class, 1L)).hasMessageContaining("not readable: one");
        }
    }
}
