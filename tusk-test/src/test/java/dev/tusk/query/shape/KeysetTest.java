package dev.tusk.query.shape;

import static dev.tusk.query.Functions.upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.query.Query;
import dev.tusk.query.Slice;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code keyset(size, cursor)}: slices that resume after the last row seen, whatever is inserted
 * meanwhile. The table holds tickets 1..30 with {@code priority = id % 3}, so priorities repeat and
 * the key breaks ties.
 */
@TuskTest
class KeysetTest {

    @BeforeAll
    static void schema(TestDatabase db) {
        db.execute("create table ticket (id bigint primary key, priority integer not null, title text not null)");
        db.execute(GadgetFixture.SCHEMA);
    }

    @BeforeEach
    void thirtyTickets(TestDatabase db) {
        db.execute("""
                truncate ticket;
                insert into ticket
                  select g, g % 3, 'ticket ' || chr(ascii('a') + (g * 7) % 26) from generate_series(1, 30) g;
                """);
    }

    @Test
    void slicesInKeyOrderCoverEveryRowOnceAndTheLastHasNoCursor(Database db) {
        List<Slice<Ticket>> slices = walk(db.from(Ticket.class), 7, slice -> { });

        assertThat(slices).hasSize(5);
        assertThat(slices.subList(0, 4)).allSatisfy(slice -> assertThat(slice.items()).hasSize(7));
        assertThat(slices.subList(0, 4)).allSatisfy(slice -> assertThat(slice.hasNext()).isTrue());
        assertThat(slices.get(4).items()).extracting(Ticket::id).containsExactly(29L, 30L);
        assertThat(slices.get(4).nextCursor()).isNull();
        assertThat(ids(slices)).isEqualTo(sequence(1, 30));
    }

    @Test
    void sliceThatEndsExactlyAtTheLastRowHasNoCursor(Database db) {
        List<Slice<Ticket>> slices = walk(db.from(Ticket.class), 10, slice -> { });

        assertThat(slices).hasSize(3);
        assertThat(slices.get(2).items()).hasSize(10);
        assertThat(slices.get(2).next()).isEmpty();
    }

    @Test
    void rowsInsertedBetweenSlicesNeitherRepeatNorHideTheOriginalRows(Database db, TestDatabase test) {
        Query<Ticket> byPriority = db.from(Ticket.class).orderBy(Ticket_.priority.asc());
        List<Long> expectedOriginals = db.sql("select id from ticket order by priority, id").list(Long.class);
        List<Long> early = new ArrayList<>();
        List<Long> late = new ArrayList<>();

        // after each slice, add a row that sorts before every row (an offset would then repeat one)
        // and one that sorts after every row
        List<Slice<Ticket>> slices = walk(byPriority, 4, slice -> {
            early.add(100L + early.size());
            late.add(200L + late.size());
            test.execute("insert into ticket values (" + early.getLast() + ", -1, 'early'), (" + late.getLast()
                    + ", 2, 'late')");
        });

        List<Long> seen = ids(slices);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen.stream().filter(id -> id <= 30).toList()).isEqualTo(expectedOriginals);
        assertThat(early).hasSizeGreaterThan(5);
        assertThat(seen).doesNotContainAnyElementsOf(early).containsAll(late);
        assertThat(seen.subList(seen.size() - late.size(), seen.size())).isEqualTo(late);
    }

    @Test
    void descendingOrderSlicesFollowTheDescendingOrder(Database db) {
        List<Long> byIdDescending = ids(walk(db.from(Ticket.class).orderBy(Ticket_.id.desc()), 8, slice -> { }));
        List<Long> byPriorityDescending =
                ids(walk(db.from(Ticket.class).orderBy(Ticket_.priority.desc()), 8, slice -> { }));

        assertThat(byIdDescending).isEqualTo(sequence(30, 1));
        assertThat(byPriorityDescending)
                .isEqualTo(db.sql("select id from ticket order by priority desc, id").list(Long.class));
    }

    @Test
    void multiColumnOrderWithMixedDirectionsIsFollowed(Database db) {
        Query<Ticket> query = db.from(Ticket.class).orderBy(Ticket_.priority.asc(), Ticket_.title.desc());

        List<Long> seen = ids(walk(query, 4, slice -> { }));

        assertThat(seen).hasSize(30)
                .isEqualTo(db.sql("select id from ticket order by priority, title desc, id").list(Long.class));
    }

    @Test
    void filtersApplyToEverySlice(Database db) {
        List<Long> seen = ids(walk(db.from(Ticket.class).where(Ticket_.priority.eq(1)), 3, slice -> { }));

        assertThat(seen).isEqualTo(db.sql("select id from ticket where priority = 1 order by id").list(Long.class));
    }

    @Test
    void orderColumnHoldingNullsKeepsEveryRowWhereverSlicesEnd(Database db) {
        // rank is NULL for gadgets 2 and 4; ascending puts them last, descending first
        Query<Gadget> ascending = db.from(Gadget.class).orderBy(Gadget_.rank.asc());
        Query<Gadget> descending = db.from(Gadget.class).orderBy(Gadget_.rank.desc());

        for (int size = 1; size <= 7; size++) {
            assertThat(gadgetIds(ascending, size)).as("size %d", size).containsExactly(3L, 5L, 1L, 7L, 6L, 2L, 4L);
            assertThat(gadgetIds(descending, size)).as("size %d", size).containsExactly(2L, 4L, 6L, 7L, 1L, 5L, 3L);
        }
    }

    @Test
    void explicitNullPlacementIsFollowed(Database db) {
        Query<Gadget> nullsFirst = db.from(Gadget.class).orderBy(Gadget_.rank.asc().nullsFirst());
        Query<Gadget> nullsLast = db.from(Gadget.class).orderBy(Gadget_.rank.desc().nullsLast());

        for (int size = 1; size <= 7; size++) {
            assertThat(gadgetIds(nullsFirst, size)).as("size %d", size).containsExactly(2L, 4L, 3L, 5L, 1L, 7L, 6L);
            assertThat(gadgetIds(nullsLast, size)).as("size %d", size).containsExactly(6L, 7L, 1L, 5L, 3L, 2L, 4L);
        }
    }

    @Test
    void severalNullableOrderColumnsKeepEveryRow(Database db) {
        Query<Gadget> query = db.from(Gadget.class).orderBy(Gadget_.price.desc(), Gadget_.rank.asc());
        List<Long> expected = db.sql("select id from gadget order by price desc, rank, id").list(Long.class);

        for (int size = 1; size <= 7; size++) {
            assertThat(gadgetIds(query, size)).as("size %d", size).isEqualTo(expected);
        }
    }

    @Test
    void emptyResultIsOneEmptySliceWithoutCursor(Database db) {
        Slice<Ticket> slice = db.from(Ticket.class).where(Ticket_.priority.gt(5)).keyset(5, null);

        assertThat(slice.items()).isEmpty();
        assertThat(slice.hasNext()).isFalse();
    }

    @Test
    void tamperedCursorIsAValidationExceptionBeforeAnySql(Database db, SqlCapture capture) {
        Query<Ticket> query = db.from(Ticket.class).orderBy(Ticket_.priority.asc());
        String cursor = query.keyset(5, null).nextCursor();
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        List<String> tampered = List.of(
                "not a cursor!",
                cursor.substring(0, cursor.length() - 2),
                encode(decoded.replace("k1", "k9")),
                encode(decoded.replaceFirst("\n1:", "\n7:")),
                encode(decoded.replaceFirst("\n1:0", "\n1:x")),
                encode(decoded + "\n1:9"),
                encode(decoded.replace("\n2:15", "\n-1:")),
                encode(decoded.replace("\n2:15", "\n-2:")),
                db.from(Ticket.class).keyset(5, null).nextCursor());

        List<CapturedStatement> sent = capture.during(() -> {
            for (String bad : tampered) {
                assertThatThrownBy(() -> query.keyset(5, bad)).as(bad).isInstanceOf(ValidationException.class);
            }
        });

        assertThat(decoded).isEqualTo("k1\n1:0\n2:15");
        assertThat(sent).isEmpty();
    }

    @Test
    void orderingByAnExpressionIsRefused(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() ->
                db.from(Ticket.class).orderBy(upper(Ticket_.title).asc()).keyset(5, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("an expression cannot be resumed"));

        assertThat(sent).isEmpty();
    }

    @Test
    void limitOffsetOrSizeZeroIsRefused(Database db) {
        assertThatThrownBy(() -> db.from(Ticket.class).limit(3).keyset(5, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("remove limit() and offset()");
        assertThatThrownBy(() -> db.from(Ticket.class).offset(3).keyset(5, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.from(Ticket.class).keyset(0, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("slice size must be at least 1, got 0");
    }

    /** Every slice of {@code query}, calling {@code between} after each one that has a next. */
    private static List<Slice<Ticket>> walk(Query<Ticket> query, int size, Consumer<Slice<Ticket>> between) {
        List<Slice<Ticket>> slices = new ArrayList<>();
        String cursor = null;
        do {
            Slice<Ticket> slice = query.keyset(size, cursor);
            slices.add(slice);
            cursor = slice.nextCursor();
            if (cursor != null) {
                between.accept(slice);
            }
        } while (cursor != null && slices.size() < 100);
        return slices;
    }

    /** The ids of every gadget, walking {@code query} in slices of {@code size}. */
    private static List<Long> gadgetIds(Query<Gadget> query, int size) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Slice<Gadget> slice = query.keyset(size, cursor);
            slice.items().forEach(gadget -> seen.add(gadget.id()));
            cursor = slice.nextCursor();
        } while (cursor != null && seen.size() < 20);
        return seen;
    }

    private static List<Long> ids(List<Slice<Ticket>> slices) {
        return slices.stream().flatMap(slice -> slice.items().stream()).map(Ticket::id).toList();
    }

    private static List<Long> sequence(long from, long to) {
        List<Long> values = new ArrayList<>();
        long step = from <= to ? 1 : -1;
        for (long value = from; value != to + step; value += step) {
            values.add(value);
        }
        return values;
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
