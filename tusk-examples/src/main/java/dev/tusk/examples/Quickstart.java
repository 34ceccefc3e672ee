package dev.tusk.examples;

import dev.tusk.Database;
import dev.tusk.annotation.Column;
import dev.tusk.annotation.Default;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;
import dev.tusk.exception.OptimisticLockException;
import dev.tusk.mapping.Row;
import dev.tusk.test.EmbeddedServer;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The five-minute quickstart: creates a table, inserts, queries, updates (with an optimistic lock
 * conflict), deletes, and prints each step. Runs on an embedded PostgreSQL unless a server is named
 * by {@code --url URL} or the {@code TUSK_URL} environment variable.
 *
 * <pre>
 * ./mvnw -q -pl tusk-examples -am compile exec:java
 * ./mvnw -q -pl tusk-examples -am compile exec:java -Dexec.args="--url postgresql://postgres@localhost:5432/test"
 * </pre>
 */
public final class Quickstart {

    /** A user: generated key, a length-checked name, database defaults and an optimistic-lock version. */
    @Table(name = "quickstart_users")
    public record User(@Id @Generated Long id,
                       @Column(length = 40, nullable = false) String username,
                       String email,
                       int age,
                       @Default("now()") OffsetDateTime createdAt,
                       @Version int version) {

        User withEmail(String newEmail) {
            return new User(id, username, newEmail, age, createdAt, version);
        }
    }

    private Quickstart() {
    }

    public static void main(String[] args) {
        String url = urlFrom(args);
        if (url != null) {
            try (Database db = Database.connect(url)) {
                System.out.println("Connected to " + redact(url));
                run(db, System.out);
            }
            return;
        }
        System.out.println("No --url or TUSK_URL given: starting an embedded PostgreSQL ...");
        try (EmbeddedServer server = EmbeddedServer.start(); Database db = Database.connect(server.url("postgres"))) {
            System.out.println("Embedded PostgreSQL is up on port " + server.port());
            run(db, System.out);
        }
    }

    /** The quickstart itself, on any database; prints what it does. */
    public static void run(Database db, PrintStream out) {
        db.sql("drop table if exists quickstart_users").execute();
        db.sql("""
                create table quickstart_users (
                  id bigint generated always as identity primary key,
                  username varchar(40) not null unique,
                  email text,
                  age int not null,
                  created_at timestamptz not null default now(),
                  version int not null
                )""").execute();
        out.println("1. created table quickstart_users");

        User alice = db.insert(new User(null, "alice", "alice@example.com", 34, null, 0));
        User bob = db.insert(new User(null, "bob", "bob@example.com", 17, null, 0));
        out.println("2. inserted " + alice.username() + " (id " + alice.id() + ") and " + bob.username() + " (id "
                + bob.id() + "); created_at came back from the database: " + (alice.createdAt() != null));

        List<User> adults = db.sql("select * from quickstart_users where age >= :age order by username")
                .bind("age", 18)
                .list(User.class);
        out.println("3. adults: " + adults.stream().map(User::username).toList());

        User moved = db.update(alice.withEmail("alice@new.example.com"));
        out.println("4. updated alice's email; version " + alice.version() + " -> " + moved.version());

        try {
            db.update(alice.withEmail("stale@example.com"));
        } catch (OptimisticLockException stale) {
            out.println("5. a stale update was refused: " + stale.reason());
        }

        Row stats = db.sql("select count(*) as users, max(age) as oldest from quickstart_users").one();
        out.println("6. " + stats.getLong("users") + " users, oldest is " + stats.getInt("oldest"));

        boolean deleted = db.delete(bob);
        out.println("7. deleted bob: " + deleted + "; alice is still " + db.get(User.class, alice.id()).email());

        db.sql("drop table quickstart_users").execute();
        out.println("8. dropped the table. Done.");
    }

    private static String urlFrom(String[] args) {
        for (int index = 0; index < args.length; index++) {
            if (args[index].equals("--url") && index + 1 < args.length) {
                return args[index + 1];
            }
            if (args[index].startsWith("--url=")) {
                return args[index].substring("--url=".length());
            }
        }
        String fromEnvironment = System.getenv("TUSK_URL");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    private static String redact(String url) {
        return url.replaceAll("(://[^:/@]+:)[^@]*@", "$1***@");
    }
}
