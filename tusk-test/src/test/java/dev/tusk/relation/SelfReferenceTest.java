package dev.tusk.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trees: a self-referencing table, its relations, and a whole subtree in one recursive statement. */
@TuskTest
class SelfReferenceTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute("""
                create table category (id bigint primary key, name text not null,
                    parent_id bigint references category);
                insert into category values (1, 'root', null), (2, 'books', 1), (3, 'music', 1),
                    (4, 'novels', 2), (5, 'poetry', 2), (6, 'jazz', 3), (7, 'other root', null);
                """);
    }

    @Test
    void aWholeSubtreeIsOneStatementWithEveryLevelFilled(Database db, SqlCapture capture) {
        Category root = db.get(Category.class, 1L);
        List<Category> tree = new ArrayList<>();

        List<CapturedStatement> sent = capture.during(() -> tree.add(db.subtree(root, Category_.children)));

        assertThat(sent).singleElement().satisfies(select -> assertThat(select.sql()).startsWith("WITH RECURSIVE"));
        Category filled = tree.get(0);
        assertThat(filled.children()).extracting(Category::name).containsExactly("books", "music");
        assertThat(filled.children().get(0).children()).extracting(Category::name).containsExactly("novels", "poetry");
        assertThat(filled.children().get(1).children()).extracting(Category::name).containsExactly("jazz");
        assertThat(filled.children().get(0).children().get(0).children()).isEmpty();
    }

    @Test
    void aLeafHasAnEmptySubtree(Database db) {
        assertThat(db.subtree(db.get(Category.class, 6L), Category_.children).children()).isEmpty();
    }

    @Test
    void parentsAndChildrenLoadLikeAnyRelation(Database db) {
        Category novels = db.get(Category.class, 4L);

        assertThat(db.fetch(novels, Category_.parent).name()).isEqualTo("books");
        assertThat(db.fetch(db.get(Category.class, 2L), Category_.children)).extracting(Category::name)
                .containsExactly("novels", "poetry");
        assertThat(db.from(Category.class).where(Category_.id.eq(4L)).include(Category_.parent).one().parent().name())
                .isEqualTo("books");
        assertThat(db.from(Category.class).where(Category_.parentId.isNull()).orderBy(Category_.id.asc())
                .prefetch(Category_.children, Category_.children).list())
                .extracting(category -> category.children().stream().mapToInt(child -> child.children().size()).sum())
                .containsExactly(3, 0);
    }

    @Test
    void aCycleInTheDataStopsAtTheFirstRepeat(Database db, TestDatabase database) {
        database.execute("""
                create table if not exists cyclic (id bigint primary key, name text not null, parent_id bigint);
                truncate cyclic;
                insert into cyclic values (1, 'a', 3), (2, 'b', 1), (3, 'c', 2);
                """);
        Cyclic a = db.get(Cyclic.class, 1L);

        Cyclic tree = db.subtree(a, Cyclic_.children);

        assertThat(tree.children()).extracting(Cyclic::name).containsExactly("b");
        assertThat(tree.children().get(0).children()).extracting(Cyclic::name).containsExactly("c");
        assertThat(tree.children().get(0).children().get(0).children()).as("a again is not followed").isEmpty();
    }

    @Test
    void onlyASelfReferenceIsWalked(Database db) {
        Author author = new Author(1L, "ann", null);

        assertThatThrownBy(() -> db.subtree(author, (dev.tusk.query.Relation.ToMany<Author, Author>) (Object)
                Author_.posts)).isInstanceOf(ValidationException.class).hasMessageContaining("self-reference");
    }
}
