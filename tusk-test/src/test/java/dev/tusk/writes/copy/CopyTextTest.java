package dev.tusk.writes.copy;

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
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text survives binary COPY byte for byte: no escaping exists, so nothing can be mis-escaped. */
@TuskTest
class CopyTextTest {
    static final List<String> AWKWARD = List.of(
            "tab\there", "line\nbreak", "carriage\rreturn", "windows\r\nline", "quote \" and 'single'",
            "back\\slash", "\\N", "\\.", "before\n\\.\nafter", "\\", "comma, separated", "{braces}",
            "non-BMP: \uD83D\uDE00 \uD834\uDD1E", "accents: é ü ñ ß 日本語", "", " ", "NULL", "null",
            "x".repeat(70_000), "\uD83D\uDE00".repeat(30_000));

    @BeforeAll
    static void table(TestDatabase database) {
        database.execute("create table copy_text (id integer primary key, body text)");
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate copy_text");
    }

    @Test
    void awkwardTextRoundTripsExactly(Database db) {
        List<TextRow> rows = IntStream.range(0, AWKWARD.size()).mapToObj(index -> new TextRow(index, AWKWARD.get(index)))
                .toList();

        db.copy(TextRow.class, rows);

        List<String> loaded = db.sql("select * from copy_text order by id").list(TextRow.class).stream()
                .map(TextRow::body).toList();
        assertThat(loaded).isEqualTo(AWKWARD);
        assertThat(db.sql("select octet_length(body) from copy_text where id = 12").one(Integer.class))
                .as("a non-BMP character is 4 UTF-8 bytes").isEqualTo("non-BMP: ".length() + 4 + 1 + 4);
    }

    @Test
    void nulCharacterIsRefusedNamingTheRowAndNothingIsStored(Database db, SqlCapture capture) {
        for (int failing : new int[] {0, 500, 999}) {
            List<TextRow> rows = new ArrayList<>();
            for (int index = 0; index < 1000; index++) {
                rows.add(new TextRow(index, index == failing ? "nul \u0000 here" : "row " + index));
            }

            List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() -> db.copy(TextRow.class, rows))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("row " + failing + ":")
                    .hasMessageContaining("NUL"));

            assertThat(db.sql("select count(*) from copy_text").one(Long.class)).isZero();
            if (failing == 0) {
                assertThat(sent).as("row 0 is checked before any SQL").isEmpty();
            } else {
                assertThat(sent).last().satisfies(copy -> assertThat(copy.sql()).startsWith("COPY"));
            }
        }
    }

    @Test
    void loneSurrogateIsRefusedBeforeItsBytesAreSent(Database db) {
        List<TextRow> rows = List.of(new TextRow(1, "fine"), new TextRow(2, "broken \uD83D pair"));

        assertThatThrownBy(() -> db.copy(TextRow.class, rows))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 1:")
                .hasMessageContaining("surrogate");
        assertThat(db.sql("select count(*) from copy_text").one(Long.class)).isZero();
    }

    @Test
    void textChecksHoldAfterTheFirstRowForShortAndLongStrings(Database db) {
        String longText = "x".repeat(70_000);
        List<List<TextRow>> cases = List.of(
                List.of(new TextRow(1, "fine"), new TextRow(2, longText + "\u0000")),
                List.of(new TextRow(1, "fine"), new TextRow(2, longText + "\uDE00")),
                List.of(new TextRow(1, "fine"), new TextRow(2, "ends high \uD83D")),
                List.of(new TextRow(1, "fine"), new TextRow(2, "low first \uDE00\uD83D")));

        for (List<TextRow> rows : cases) {
            assertThatThrownBy(() -> db.copy(TextRow.class, rows))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("row 1: TextRow is not valid: ")
                    .hasMessageMatching("(?s).*(NUL|surrogate).*");
            assertThat(db.sql("select count(*) from copy_text").one(Long.class)).isZero();
        }
    }
}
