package dev.tusk.internal;

/**
 * A parsed connection address: the JDBC URL without credentials, plus user and password.
 * PLACEHOLDER: the connection work replaces this with the full parser.
 */
public record ConnectionUrl(String jdbcUrl, String user, String password) {
    public static ConnectionUrl parse(String url) {
        return new ConnectionUrl(url, null, null);
    }
}
