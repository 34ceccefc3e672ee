package dev.tusk.internal;

import dev.tusk.exception.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * A parsed connection address: a {@code jdbc:postgresql:} URL that holds no credentials, plus the
 * user and password apart, so that the password never sits in a URL that gets logged.
 *
 * <p>Takes libpq URIs, {@code postgresql://[user[:password]@][host][:port][,host2[:port2]...][/database][?param=value&...]}
 * (also {@code postgres://}), and {@code jdbc:postgresql:} URLs:
 * <pre>{@code
 * ConnectionUrl.parse("postgresql://app:s%40cret@db.example.com/shop?sslmode=require&application_name=web")
 *   // jdbcUrl  jdbc:postgresql://db.example.com:5432/shop?sslmode=require&ApplicationName=web
 *   // user     app, password s@cret
 * }</pre>
 * As in libpq: user, password, host and database are percent-decoded (so {@code @ : / ? #} in a
 * password must be written {@code %40 %3A %2F %3F %23}); the port defaults to 5432; without a
 * database the server picks the one named like the user; an IPv6 address goes in brackets
 * ({@code [::1]:5433}). Unlike libpq, Unix-domain sockets are not supported (pgjdbc cannot open
 * them) and an unknown query parameter is an error, not ignored. See {@code ConnectionParameters}
 * for how libpq parameters map to pgjdbc properties.
 *
 * <p>A {@code jdbc:postgresql:} URL passes through as pgjdbc reads it, except that {@code user} and
 * {@code password} query parameters move into the record.
 *
 * @param jdbcUrl  a {@code jdbc:postgresql:} URL without user or password
 * @param user     the user name, or null when the URL names none
 * @param password the password, or null; {@link #toString()} never shows it
 */
public record ConnectionUrl(String jdbcUrl, String user, String password) {
    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final List<String> URI_SCHEMES = List.of("postgresql://", "postgres://");
    private static final int DEFAULT_PORT = 5432;
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?");
    private static final Pattern IPV6_ADDRESS = Pattern.compile("\\[[0-9A-Fa-f:.]+]");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");
    private static final String URL_FORMS = "url must be a postgresql:// URI (postgresql://user:password@host:5432/db)"
            + " or a jdbc:postgresql: URL";

    /**
     * Parses a {@code postgresql://} or {@code postgres://} URI, or a {@code jdbc:postgresql:} URL.
     *
     * @throws ConfigurationException naming the {@code url} argument when it is neither, or is
     *                                malformed; the message never shows the password
     */
    public static ConnectionUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ConfigurationException(URL_FORMS + ", got " + (url == null ? "null" : "a blank string"));
        }
        String trimmed = url.strip();
        if (trimmed.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
            return parseJdbc(trimmed);
        }
        for (String scheme : URI_SCHEMES) {
            if (trimmed.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return parseUri(trimmed, scheme.length());
            }
        }
        throw new ConfigurationException(URL_FORMS + ", got '" + redact(trimmed) + "'");
    }

    /** The URL and user, with the password shown as {@code ***}: safe to log. */
    public String redacted() {
        return jdbcUrl + (user == null ? "" : " user=" + user) + (password == null ? "" : " password=***");
    }

    @Override
    public String toString() {
        return "ConnectionUrl[" + redacted() + "]";
    }

    /**
     * Hides what may be a password in any connection string, even a malformed one: the text between
     * {@code user:} and the last {@code @}, and every {@code password=} parameter. Errs on hiding too much.
     */
    static String redact(String url) {
        String hidden = url;
        int authority = hidden.indexOf("://");
        int at = hidden.lastIndexOf('@');
        if (authority >= 0 && at > authority) {
            int colon = hidden.indexOf(':', authority + 3);
            if (colon >= 0 && colon < at) {
                hidden = hidden.substring(0, colon + 1) + "***" + hidden.substring(at);
            }
        }
        return PASSWORD_PARAMETER.matcher(hidden).replaceAll("$1***");
    }

    private static ConnectionUrl parseJdbc(String url) {
        String jdbcUrl = JDBC_PREFIX + url.substring(JDBC_PREFIX.length());
        int queryStart = jdbcUrl.indexOf('?');
        String user = null;
        String password = null;
        StringJoiner kept = new StringJoiner("&");
        if (queryStart >= 0) {
            for (String pair : jdbcUrl.substring(queryStart + 1).split("&")) {
                // pgjdbc decodes query values with URLDecoder ('+' is a space), so do the same
                if (pair.startsWith("user=")) {
                    user = URLDecoder.decode(pair.substring("user=".length()), StandardCharsets.UTF_8);
                } else if (pair.startsWith("password=")) {
                    password = emptyToNull(URLDecoder.decode(pair.substring("password=".length()), StandardCharsets.UTF_8));
                } else if (!pair.isEmpty()) {
                    kept.add(pair);
                }
            }
            jdbcUrl = jdbcUrl.substring(0, queryStart) + (kept.length() == 0 ? "" : "?" + kept);
        }
        if (Driver.parseURL(jdbcUrl, null) == null) {
            throw new ConfigurationException("url is not a JDBC URL pgjdbc accepts (jdbc:postgresql://host:port/db?"
                    + "param=value; credentials go in user= and password= parameters, not before the host), got '"
                    + redact(url) + "'");
        }
        return new ConnectionUrl(jdbcUrl, user, password);
    }

    private static ConnectionUrl parseUri(String url, int schemeLength) {
        String rest = url.substring(schemeLength);
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart + 1);
        String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
        int pathStart = beforeQuery.indexOf('/');
        String authority = pathStart < 0 ? beforeQuery : beforeQuery.substring(0, pathStart);
        String path = pathStart < 0 ? "" : beforeQuery.substring(pathStart + 1);

        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at);
        String hostList = authority.substring(at + 1);
        int colon = userInfo.indexOf(':');
        String user = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name", url));
        String password = colon < 0 ? null : emptyToNull(decode(userInfo.substring(colon + 1), "password", url));

        ConnectionParameters parameters = new ConnectionParameters();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                acceptPair(pair, parameters, url);
            }
        }
        String database = parameters.database() != null ? parameters.database() : decode(path, "database", url);
        if (parameters.user() != null) {
            user = once("user", user, parameters.user());
        }
        if (parameters.password() != null) {
            password = once("password", password, parameters.password());
        }
        return new ConnectionUrl(jdbcUrl(hosts(hostList, url), database, parameters.properties()), user, password);
    }

    private static void acceptPair(String pair, ConnectionParameters parameters, String url) {
        int equals = pair.indexOf('=');
        if (equals == 0) {
            throw new ConfigurationException("url has a query parameter without a name, got '" + redact(url) + "'");
        }
        String name = decode(equals < 0 ? pair : pair.substring(0, equals), "parameter name", url);
        if (equals < 0) {
            throw new ConfigurationException("url parameter " + ConnectionParameters.describe(name)
                    + " has no value: write name=value, got '" + redact(url) + "'");
        }
        parameters.accept(name, decode(pair.substring(equals + 1), "parameter " + ConnectionParameters.describe(name), url));
    }

    private static String once(String name, String fromAuthority, String fromQuery) {
        if (fromAuthority != null) {
            throw new ConfigurationException("url gives the " + name + " twice, before the host and as a parameter:"
                    + " keep one");
        }
        return fromQuery;
    }

    /** Each {@code host[:port]} of a comma-separated list, as {@code host:port}; brackets kept for IPv6. */
    private static List<String> hosts(String hostList, String url) {
        List<String> hosts = new ArrayList<>();
        String[] entries = hostList.split(",", -1);
        for (String entry : entries) {
            String host;
            String port = "";
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                host = close < 0 ? entry : entry.substring(0, close + 1);
                String after = close < 0 ? "" : entry.substring(close + 1);
                if (!IPV6_ADDRESS.matcher(host).matches() || !(after.isEmpty() || after.startsWith(":"))) {
                    throw new ConfigurationException("url has a malformed IPv6 address: write it in brackets, as in"
                            + " postgresql://[::1]:5432/db, got '" + redact(url) + "'");
                }
                port = after.isEmpty() ? "" : after.substring(1);
            } else {
                int colon = entry.indexOf(':');
                host = decode(colon < 0 ? entry : entry.substring(0, colon), "host", url);
                port = colon < 0 ? "" : entry.substring(colon + 1);
                host = checkHost(host, entries.length, url);
            }
            hosts.add(host + ":" + port(port, url));
        }
        return hosts;
    }

    private static String checkHost(String host, int hostCount, String url) {
        if (host.isEmpty() && hostCount == 1) {
            return "localhost";
        }
        if (host.startsWith("/")) {
            throw new ConfigurationException("url names a Unix-domain socket directory as host, which pgjdbc cannot"
                    + " use: give a TCP host such as localhost, got '" + redact(url) + "'");
        }
        if (!HOST_NAME.matcher(host).matches()) {
            throw new ConfigurationException("url has an invalid host " + (host.isEmpty() ? "(an empty entry in the"
                    + " host list)" : "'" + host + "'") + ": use a host name, an IPv4 address or an IPv6 address"
                    + " in brackets, got '" + redact(url) + "'");
        }
        return host;
    }

    /** The port number; the message never repeats the raw text, which is part of the password when '/' was not encoded. */
    private static int port(String text, String url) {
        if (text.isEmpty()) {
            return DEFAULT_PORT;
        }
        if (text.length() <= 5 && text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        }
        throw new ConfigurationException("url has an invalid port: a port is a number from 1 to 65535 (if the"
                + " password holds '@', ':', '/', '?' or '#', percent-encode them), got '" + redact(url) + "'");
    }

    private static String jdbcUrl(List<String> hosts, String database, Map<String, String> properties) {
        // pgjdbc URL-decodes the database and the parameter values, so encode them the same way
        StringBuilder jdbc = new StringBuilder(JDBC_PREFIX).append("//").append(String.join(",", hosts))
                .append('/').append(URLEncoder.encode(database, StandardCharsets.UTF_8));
        char separator = '?';
        for (Map.Entry<String, String> property : properties.entrySet()) {
            jdbc.append(separator).append(property.getKey()).append('=')
                    .append(URLEncoder.encode(property.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return jdbc.toString();
    }

    /** libpq's percent-decoding: {@code %XX} escapes of UTF-8 bytes; a {@code +} stays a plus sign. */
    private static String decode(String text, String part, String url) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        // '%' and hex digits are ASCII, so escapes can be found in the UTF-8 bytes directly
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(encoded.length);
        for (int index = 0; index < encoded.length; index++) {
            if (encoded[index] != '%') {
                decoded.write(encoded[index]);
                continue;
            }
            int high = index + 2 < encoded.length ? Character.digit(encoded[index + 1], 16) : -1;
            int low = high < 0 ? -1 : Character.digit(encoded[index + 2], 16);
            if (low < 0) {
                throw badEscape(part, url);
            }
            decoded.write(high * 16 + low);
            index += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw badEscape(part, url);
        }
    }

    private static ConfigurationException badEscape(String part, String url) {
        return new ConfigurationException("url has a malformed percent-escape in the " + part
                + ": write %XX with two hex digits of UTF-8, got '" + redact(url) + "'");
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
