package dev.tusk.writes.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.DatabaseException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column types are read once per entity; a COPY refused because the table changed makes the next one read them again. */
@TuskTest
class CopySchemaChangeTest {

    @Test
    void changedArrayColumnFailsOneCopyThenIsReadAgain(Database db, TestDatabase database) {
        database.execute("create table copy_words (id integer primary key, words text[])");
        db.copy(WordList.class, List.of(new WordList(1, List.of("text"))));
        database.execute("alter table copy_words alter column words type varchar(20)[]");

        assertThatThrownBy(() -> db.copy(WordList.class, List.of(new WordList(2, List.of("stale")))))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("binary data has array element type 25 (text) instead of expected 1043")
                .satisfies(failure -> assertThat(((DatabaseException) failure).sqlState()).isEqualTo("42804"));
        db.copy(WordList.class, List.of(new WordList(3, List.of("varchar", "now"))));

        assertThat(db.sql("select id || ':' || words::text from copy_words order by id").list(String.class))
                .containsExactly("1:{text}", "3:{varchar,now}");
    }
}
