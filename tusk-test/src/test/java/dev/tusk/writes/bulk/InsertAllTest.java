package dev.tusk.writes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tusk.Database;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import dev.tusk.type.Inet;
import dev.tusk.type.Interval;
import dev.tusk.type.MacAddress;
import dev.tusk.type.Point;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code db.insertAll(list)}: one statement per chunk, values back in input order, nothing written on failure. */
@TuskTest
class InsertAllTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Member.DDL + Account.DDL + Ticket.DDL + Stamp.DDL + Specimen.DDL);
    }

    @BeforeEach
    void empty(TestDatabase database) {
        database.execute("truncate member, account, ticket, stamp, specimen restart identity");
    }

    @Test
    void recordsComeBackAsNewInstancesWithKeysAndDefaultsInInputOrder(Database db) {
        List<Member> drafts = IntStream.range(0, 10_000).mapToObj(index -> Member.named("user" + index)).toList();

        List<Member> saved = db.insertAll(drafts);

        assertThat(saved).hasSize(10_000);
        Map<Long, String> stored = new HashMap<>();
        db.from(Member.class).list().forEach(member -> stored.put(member.id(), member.username()));
        for (int index = 0; index < saved.size(); index++) {
            Member member = saved.get(index);
            assertThat(member.username()).isEqualTo("user" + index);
            assertThat(stored.get(member.id())).as("row %d's id belongs to its own row", index).isEqualTo("user" + index);
            assertThat(member.active()).isTrue();
            assertThat(member.createdAt()).isNotNull();
            assertThat(drafts.get(index).id()).as("the record passed in is untouched").isNull();
        }
        assertThat(new HashSet<>(saved.stream().map(Member::id).toList())).hasSize(10_000);
        assertThat(db.get(Member.class, saved.get(4_321).id())).isEqualTo(saved.get(4_321));
    }

    @Test
    void classInstancesAreFilledInPlace(Database db) {
        List<Account> accounts = List.of(Account.of("a@x.io", "Ann", "10.50"), Account.of("b@x.io", "Bob", null));

        List<Account> saved = db.insertAll(accounts);

        assertThat(saved.get(0)).isSameAs(accounts.get(0));
        assertThat(saved.get(1)).isSameAs(accounts.get(1));
        assertThat(accounts.get(0).id).isEqualTo(1L);
        assertThat(accounts.get(1).id).isEqualTo(2L);
        assertThat(accounts.get(1).createdAt).isNotNull();
        assertThat(accounts.get(0).note).isEqualTo("kept");
        Account loaded = db.get(Account.class, 2L);
        assertThat(loaded.email).isEqualTo("b@x.io");
        assertThat(loaded.createdAt).isEqualTo(accounts.get(1).createdAt);
        assertThat(db.get(Account.class, 1L).balance).isEqualByComparingTo("10.50");
    }

    @Test
    void oneStatementCarriesAChunkOfFiveThousandRowsWithOneParameterPerColumn(Database db, SqlCapture capture) {
        List<Member> drafts = IntStream.range(0, 12_001).mapToObj(index -> Member.named("user" + index)).toList();

        List<CapturedStatement> sent = capture.during(() -> db.insertAll(drafts));

        assertThat(sent).hasSize(3);
        assertThat(sent).allSatisfy(statement -> {
            assertThat(statement.sql()).startsWith("INSERT INTO \"member\"").contains("unnest(").contains("WITH ORDINALITY");
            assertThat(statement.params()).as("username, email, age, settings, tags, version").hasSize(6);
        });
        assertThat(sent).extracting(CapturedStatement::rowCount).containsExactly(5_000L, 5_000L, 2_001L);
        assertThat(db.from(Member.class).count()).isEqualTo(12_001);
    }

    @Test
    void anEmptyListSendsNothing(Database db, SqlCapture capture) {
        List<CapturedStatement> sent = capture.during(() -> assertThat(db.insertAll(List.<Member>of())).isEmpty());

        assertThat(sent).isEmpty();
    }

    @Test
    void defaultFactoryRunsPerRowAndAGivenValueWins(Database db) {
        UUID chosen = UUID.randomUUID();
        List<Ticket> drafts = List.of(new Ticket(null, "a", null), new Ticket(chosen, "b", "closed"),
                new Ticket(null, "c", null));

        List<Ticket> saved = db.insertAll(drafts);

        assertThat(saved).extracting(Ticket::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(saved.get(1).id()).isEqualTo(chosen);
        assertThat(saved).extracting(Ticket::status).containsExactly("open", "closed", "open");
        assertThat(db.get(Ticket.class, saved.get(2).id())).isEqualTo(saved.get(2));
    }

    @Test
    void rowsLeavingDifferentColumnsToTheDatabaseAreSentOneStatementPerShape(Database db, SqlCapture capture) {
        OffsetDateTime past = OffsetDateTime.of(2001, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC);
        Member given = new Member(500L, "given", null, 40, false, past, null, null, 0);
        List<Member> drafts = List.of(Member.named("first"), given, Member.named("third"));

        List<CapturedStatement> sent = capture.during(() -> {
            List<Member> saved = db.insertAll(drafts);

            assertThat(saved).extracting(Member::username).containsExactly("first", "given", "third");
            assertThat(saved.get(1)).isEqualTo(given);
            assertThat(saved.get(0).id()).isNotNull().isNotEqualTo(500L);
            assertThat(saved.get(2).active()).isTrue();
            assertThat(db.get(Member.class, 500L).createdAt()).isEqualTo(past);
            assertThat(db.get(Member.class, saved.get(2).id())).isEqualTo(saved.get(2));
        });

        List<CapturedStatement> inserts = sent.stream().filter(statement -> statement.sql().startsWith("INSERT")).toList();
        assertThat(inserts).hasSize(2);
        assertThat(inserts.get(0).sql()).contains("RETURNING \"id\", \"active\", \"created_at\"");
        assertThat(inserts.get(1).sql()).doesNotContain("RETURNING");
    }

    @Test
    void rowsWithNothingToSendAreInsertedWithAllDefaults(Database db) {
        List<Stamp> saved = db.insertAll(List.of(new Stamp(null, null), new Stamp(null, null)));

        assertThat(saved).extracting(Stamp::id).containsExactly(1L, 2L);
        assertThat(saved).extracting(Stamp::at).doesNotContainNull();
        assertThat(db.from(Stamp.class).count()).isEqualTo(2);
    }

    @Test
    void everyRowIsValidatedBeforeAnySqlAndTheMessageNamesTheRows(Database db, SqlCapture capture) {
        List<Member> drafts = new ArrayList<>(IntStream.range(0, 5).mapToObj(index -> Member.named("user" + index)).toList());
        drafts.set(2, drafts.get(2).withUsername(null));
        drafts.set(4, drafts.get(4).withUsername("x".repeat(41)));

        List<CapturedStatement> sent = capture.during(() -> assertThatThrownBy(() -> db.insertAll(drafts))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("row 2: Member is not valid: username must not be null")
                .hasMessageContaining("row 4: Member is not valid: username is 41 characters long"));

        assertThat(sent).isEmpty();
        assertThat(db.from(Member.class).count()).isZero();
    }

    @Test
    void aNullRowOrARowOfAnotherClassIsRefusedByIndex(Database db) {
        assertThatThrownBy(() -> db.insertAll(Arrays.asList(Member.named("a"), null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("row 1 is null");
        assertThatThrownBy(() -> db.insertAll(List.<Object>of(Member.named("a"), Account.of("a@x.io", "A", null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("row 1 is a Account, row 0 a Member");
        assertThatThrownBy(() -> db.insertAll(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aDeclaredVarcharTooLongFailsInsteadOfBeingCutAndNothingIsWritten(Database db) throws Exception {
        Specimen fits = specimen(1);
        Specimen tooLong = withVarchar(specimen(2), "eleven chars");

        assertThatThrownBy(() -> db.insertAll(List.of(fits, tooLong)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("value too long for type character varying(10)");

        assertThat(db.from(Specimen.class).count()).isZero();
    }

    @Test
    void everyKindOfColumnSurvivesTheTextArrays(Database db) throws Exception {
        Specimen full = specimen(1);
        Specimen nothing = new Specimen(2, (short) 0, null, 0, null, 0, 0, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);

        db.insertAll(List.of(full, nothing));

        assertThat(db.get(Specimen.class, 1L)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(full);
        assertThat(db.get(Specimen.class, 2L)).usingRecursiveComparison().isEqualTo(nothing);
    }

    static Specimen specimen(long id) throws Exception {
        return new Specimen(id, Short.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, new BigDecimal("-12345678.1234"),
                1.5f, Math.PI, true,
                "héllo \"wörld\" \\ ' , {x} NULL 😀", "ten chars!", "ab ", new byte[] {0, 1, (byte) 0xff, 92, 34},
                UUID.randomUUID(), LocalDate.of(1999, 12, 31), LocalTime.of(23, 59, 59, 123_456_000),
                LocalDateTime.of(2026, 3, 8, 2, 30, 0, 1000), OffsetDateTime.of(2026, 11, 1, 1, 30, 0, 0, ZoneOffset.UTC),
                Instant.parse("2038-01-19T03:14:08.999999Z"), Duration.ofHours(49).plusMillis(1), Interval.of(14, 3, 1_000_000),
                Map.of("theme", "dark", "quote", "say \"hi\"", "nested", Map.of("ok", true)),
                new ObjectMapper().readTree("{\"a\":[1,2,{\"b\":null}],\"c\":\"\\\\\"}"), Map.of("plain", "json"),
                Arrays.asList(1, null, 3), new String[] {"a,b", "{c}", "NULL", "", "q\"uote", "back\\slash"},
                new long[] {1, -2, 3}, List.of(OffsetDateTime.of(2001, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                List.of(Specimen.Mood.SO_SO, Specimen.Mood.HAPPY), Specimen.Mood.SO_SO, Specimen.Mood.SAD,
                InetAddress.getByName("192.168.0.1"), Inet.parse("2001:db8::1/64"), Inet.parse("10.0.0.0/8"),
                MacAddress.parse("08:00:2b:01:02:03"), Map.of("k", "v", "empty", "", "comma,key", "{brace}"),
                new Point(1.5, -2.25), new BigDecimal("1234.56"), "'fat':2 'rat':3", "1010");
    }

    private static Specimen withVarchar(Specimen base, String varchar) {
        var model = dev.tusk.model.EntityModel.of(Specimen.class);
        Object[] values = model.values(base);
        values[model.property("varchar").slot()] = varchar;
        return model.create(values);
    }
}
