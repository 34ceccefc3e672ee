package dev.tusk.bench.env;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The server the benchmarks connect to, as the driver needs it: a {@code jdbc:postgresql:} URL and
 * the credentials apart (HikariCP takes them apart, and the raw contenders must log in exactly like Tusk).
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/database}, with any query parameters the URL had
 * @param user     the login role
 * @param password its password, or null; never printed
 * @param label    what the report says about the server (no credentials)
 */
public record ServerTarget(String jdbcUrl, String user, String password, String label) {

    /**
     * Reads {@code TUSK_BENCH_URL}: a {@code postgresql://user:pass@host:port/db?...} URI or a
     * {@code jdbc:postgresql://host:port/db?user=..&password=..} URL.
     *
     * @throws IllegalArgumentException naming the expected forms when the value is neither
     */
    public static ServerTarget parse(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new ServerTarget(url, null, null, "TUSK_BENCH_URL (" + hostPart(url.substring("jdbc:".length())) + ")");
        }
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw new IllegalArgumentException("TUSK_BENCH_URL must be postgresql://user:pass@host:port/db "
                    + "or jdbc:postgresql://host:port/db?user=..., got something else");
        }
        URI uri = URI.create(url);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] credentials = uri.getRawUserInfo().split(":", 2);
            user = decode(credentials[0]);
            password = credentials.length > 1 ? decode(credentials[1]) : null;
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        // as libpq: without a database, the one named like the user
        String database = uri.getRawPath() == null || uri.getRawPath().length() <= 1
                ? "/" + (user != null ? user : "postgres") : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + port + database + query;
        return new ServerTarget(jdbcUrl, user, password, "TUSK_BENCH_URL (" + uri.getHost() + port + database + ")");
    }

    private static String hostPart(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return label;
    }
}
