package dev.tusk.connect;

import dev.tusk.test.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds {@code postgresql://} URIs to the test server with a chosen user, password and database. */
final class ServerUri {
    private ServerUri() {
    }

    static String of(TestDatabase db, String user, String password, String database) {
        String host = db.host().contains(":") ? "[" + db.host() + "]" : db.host();
        return "postgresql://" + encode(user) + (password == null ? "" : ":" + encode(password)) + "@" + host + ":"
                + db.port() + "/" + encode(database);
    }

    /** Percent-encoding as libpq reads it: a space is %20, never '+'. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
