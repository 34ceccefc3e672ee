package dev.tusk.test;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a PostgreSQL server is and how to log in to it, parsed from {@code TUSK_TEST_URL}. Takes
 * {@code postgresql://user:pass@host:port/db?k=v}, {@code postgres://...} and
 * {@code jdbc:postgresql://host:port/db?user=u&password=p&k=v}. User and password are
 * percent-decoded; other query parameters are kept and passed on to every JDBC URL built from it.
 *
 * @param host       host name or IP literal (IPv6 without brackets)
 * @param port       TCP port, 5432 when the URL has none
 * @param user       login role, never null
 * @param password   password, or null for none
 * @param database   the database named in the URL (the admin connection's database)
 * @param parameters other JDBC connection parameters, in URL order
 */
record ServerAddress(String host, int port, String user, String password, String database,
                     Map<String, String> parameters) {

    static final int DEFAULT_PORT = 5432;

    ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(database, "database");
        parameters = Map.copyOf(parameters);
    }

    static ServerAddress parse(String url) {
        Objects.requireNonNull(url, "url");
        String rest;
        if (url.startsWith("jdbc:postgresql://")) {
            rest = url.substring("jdbc:postgresql://".length());
        } else if (url.startsWith("postgresql://")) {
            rest = url.substring("postgresql://".length());
        } else if (url.startsWith("postgres://")) {
            rest = url.substring("postgres://".length());
        } else {
            throw invalid(url, "it must start with postgresql://, postgres:// or jdbc:postgresql://");
        }
        String query = "";
        int queryStart = rest.indexOf('?');
        if (queryStart >= 0) {
            query = rest.substring(queryStart + 1);
            rest = rest.substring(0, queryStart);
        }
        int pathStart = rest.indexOf('/');
        String authority = pathStart >= 0 ? rest.substring(0, pathStart) : rest;
        String database = pathStart >= 0 ? decode(rest.substring(pathStart + 1)) : "";

        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String credentials = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = decode(colon >= 0 ? credentials.substring(0, colon) : credentials);
            password = colon >= 0 ? decode(credentials.substring(colon + 1)) : null;
        }
        String host;
        int port = DEFAULT_PORT;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid(url, "an IPv6 host must be closed with ']'");
            }
            host = authority.substring(1, close);
            if (authority.length() > close + 1) {
                if (authority.charAt(close + 1) != ':') {
                    throw invalid(url, "expected ':port' after the IPv6 host");
                }
                portText = authority.substring(close + 2);
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon >= 0 ? authority.substring(0, colon) : authority;
            portText = colon >= 0 ? authority.substring(colon + 1) : null;
        }
        if (host.isEmpty()) {
            throw invalid(url, "the host is missing");
        }
        if (host.contains(",")) {
            throw invalid(url, "several hosts are not supported; name one server");
        }
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException notANumber) {
                throw invalid(url, "the port '" + portText + "' is not a number");
            }
        }

        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals >= 0 ? pair.substring(0, equals) : pair);
            String value = equals >= 0 ? decode(pair.substring(equals + 1)) : "";
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = value;
                default -> parameters.put(key, value);
            }
        }
        if (user == null || user.isEmpty()) {
            throw invalid(url, "no user: write postgresql://USER@host/db or add ?user=USER");
        }
        if (database.isEmpty()) {
            throw invalid(url, "no database: name the database to connect to for creating test databases, e.g. /postgres");
        }
        return new ServerAddress(host, port, user, password, database, parameters);
    }

    /** A JDBC URL for {@code databaseName} on this server, without credentials. */
    String jdbcUrl(String databaseName) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(encode(databaseName));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    /** A {@code postgresql://user:pass@host:port/db} URI for {@code databaseName}, credentials included. */
    String uri(String databaseName) {
        StringBuilder uri = new StringBuilder("postgresql://").append(encode(user));
        if (password != null) {
            uri.append(':').append(encode(password));
        }
        uri.append('@').append(hostForUrl()).append(':').append(port).append('/').append(encode(databaseName));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

    /** Login properties for {@link java.sql.DriverManager}. */
    Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    ServerAddress withUser(String otherUser, String otherPassword) {
        return new ServerAddress(host, port, otherUser, otherPassword, database, parameters);
    }

    @Override
    public String toString() {
        // never print the password
        return "postgresql://" + user + (password == null ? "" : ":***") + "@" + hostForUrl() + ":" + port + "/" + database;
    }

    private String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static IllegalArgumentException invalid(String url, String reason) {
        return new IllegalArgumentException("TUSK_TEST_URL '" + redact(url) + "' is not a PostgreSQL URL: " + reason);
    }

    private static String redact(String url) {
        return url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
