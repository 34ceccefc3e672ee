package dev.tusk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tusk.Database;
import dev.tusk.mapping.Row;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every step of the README tour and checks the README shows exactly the code that ran. */
@TuskTest
class ReadmeTourTest {
    private static final Pattern REGION = Pattern.compile(
            "// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

    @BeforeAll
    static void createSchema(TestDatabase database) {
        database.execute(Tour.SCHEMA);
    }

    @Test
    void everyTourStepWorksAsTheReadmeSays(Database db) {
        Member alice = Tour.insert(db);
        assertThat(alice.id()).isNotNull();
        assertThat(alice.active()).isTrue();
        assertThat(alice.joinedAt()).isNotNull();
        assertThat(alice.settings()).isEqualTo(Map.of("theme", "dark"));
        assertThat(alice.tags()).containsExactly("admin");

        assertThat(Tour.read(db, alice)).isEqualTo(alice);

        Member updated = Tour.update(db, alice);
        assertThat(updated.age()).isEqualTo(35);
        assertThat(updated.version()).isEqualTo(2);

        Project project = Tour.classes(db);
        assertThat(project.id).isNotNull();
        assertThat(project.name).isEqualTo("Apollo 11");
        assertThat(project.version).isEqualTo(1L);

        assertThat(Tour.composite(db, alice, project).role()).isEqualTo("admin");
        assertThat(db.sql("select count(*) from memberships").one(Long.class)).isZero();
        assertThat(db.find(Project.class, project.id)).isEmpty();

        assertThat(Tour.query(db)).extracting(Member::username).containsExactly("alice");
        Row stats = Tour.aggregates(db);
        assertThat(stats.getLong("members")).isEqualTo(1L);
        assertThat(stats.getBigDecimal("mean_age")).isEqualByComparingTo("35");
        assertThat(stats.getOffsetDateTime("newest")).isEqualTo(updated.joinedAt());

        assertThat(Tour.rawSql(db)).extracting(Member::username).containsExactly("alice");
        assertThat(db.get(Member.class, alice.id()).username()).isEqualTo("ALICE");

        assertThat(Tour.writes(db)).as("one member deactivated, then deleted").isEqualTo(2);
        assertThat(db.from(Member.class).orderBy(Member_.username.asc()).pluck(Member_.username))
                .containsExactly("ALICE", "carol");
        assertThat(db.from(Member.class).where(Member_.username.eq("carol")).one().age()).isEqualTo(29);

        Member erin = Tour.transactions(db);
        assertThat(db.get(Member.class, erin.id()).age()).isEqualTo(34);
        assertThat(db.from(Member.class).where(Member_.username.eq("erin2")).exists()).as("savepoint rolled back")
                .isFalse();

        assertThat(Tour.errors(db)).isEqualTo("members_email_key / Member is not valid: username is 41 characters long;"
                + " at most 40 fit");
    }

    @Test
    void connectingSnippetsWork(TestDatabase database) {
        String url = "postgresql://" + database.user() + "@" + database.host() + ":" + database.port() + "/"
                + database.name();
        try (Database plain = Tour.connect(url); Database tuned = Tour.configure(url)) {
            assertThat(plain.isConnected()).isTrue();
            assertThat(tuned.sql("show application_name").one(String.class)).isEqualTo("shop");
            assertThat(tuned.sql("show statement_timeout").one(String.class)).isEqualTo("30s");
        }
    }

    @Test
    void readmeShowsEveryTourRegionVerbatim() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> regions = new ArrayList<>();
        try (var sources = Files.list(Path.of("src/main/java/dev/tusk/examples"))) {
            for (Path source : sources.sorted().toList()) {
                regions.addAll(regions(Files.readString(source)));
            }
        }

        assertThat(regions).hasSizeGreaterThanOrEqualTo(8);
        for (String region : regions) {
            assertThat(readme).as("README.md holds this example region verbatim").contains(region);
        }
    }

    @Test
    void quickstartRunsEndToEnd(Database db) {
        var out = new java.io.ByteArrayOutputStream();
        Quickstart.run(db, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(printed).contains("3. adults: [alice]", "version 0 -> 1", "5. a stale update was refused",
                "6. 2 users, oldest is 34", "7. deleted bob: true; alice is still alice@new.example.com", "Done.");
    }

    /** The tagged regions of a source file, de-indented to their first line's indentation. */
    static List<String> regions(String source) {
        List<String> found = new ArrayList<>();
        Matcher matcher = REGION.matcher(source);
        while (matcher.find()) {
            found.add(dedent(matcher.group(2)));
        }
        return found;
    }

    private static String dedent(String block) {
        String[] lines = block.split("\n");
        int indent = lines[0].length() - lines[0].stripLeading().length();
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
