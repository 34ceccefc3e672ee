package dev.tusk.internal;

import dev.tusk.exception.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.PGProperty;

/**
 * The query parameters of a {@code postgresql://} URI, read with libpq's names and turned into
 * pgjdbc properties. libpq names with a pgjdbc equivalent are translated ({@code application_name}
 * becomes {@code ApplicationName}, {@code connect_timeout} becomes {@code connectTimeout}, ...);
 * a pgjdbc property name passes through unchanged; anything else is rejected, naming the
 * parameter, rather than ignored as pgjdbc would.
 */
final class ConnectionParameters {
    /** A parameter name that is safe to repeat in an error message (a garbled URL may hold a password). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /** pgjdbc properties a URI sets in its own way: the authority, the path, or not at all. */
    private static final Set<String> RESERVED = Set.of("PGHOST", "PGPORT", "PGDBNAME", "user", "password",
            "sslpassword");

    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private String user;
    private String password;
    private String database;
    private String fallbackApplicationName;

    /** Reads one decoded {@code name=value} pair. */
    void accept(String name, String value) {
        switch (name) {
            case "user" -> user = once(name, user, value);
            case "password" -> password = once(name, password, value);
            case "dbname" -> database = once(name, database, value);
            case "host", "hostaddr", "port" -> throw new ConfigurationException("url parameter '" + name
                    + "' is not supported: name hosts and ports before the path, as in "
                    + "postgresql://host1:5432,host2:5433/db");
            case "sslpassword" -> throw new ConfigurationException("url parameter 'sslpassword' is not supported:"
                    + " it would keep a secret in the JDBC URL; use an unencrypted key file or Database.of(DataSource)");
            case "application_name" -> put(name, "ApplicationName", value);
            case "fallback_application_name" -> fallbackApplicationName = once(name, fallbackApplicationName, value);
            case "connect_timeout" -> put(name, "connectTimeout", seconds(name, value));
            case "sslmode" -> put(name, "sslmode",
                    oneOf(name, value, "disable", "allow", "prefer", "require", "verify-ca", "verify-full"));
            case "keepalives" -> put(name, "tcpKeepAlive", flag(name, value));
            case "target_session_attrs" -> put(name, "targetServerType", targetServerType(value));
            case "load_balance_hosts" -> put(name, "loadBalanceHosts",
                    "random".equals(oneOf(name, value, "disable", "random")) ? "true" : "false");
            case "gssencmode" -> put(name, "gssEncMode", oneOf(name, value, "disable", "prefer", "require"));
            case "channel_binding" -> put(name, "channelBinding", oneOf(name, value, "disable", "prefer", "require"));
            case "sslnegotiation" -> put(name, "sslNegotiation", oneOf(name, value, "postgres", "direct"));
            case "krbsrvname" -> put(name, "kerberosServerName", value);
            case "require_auth" -> put(name, "requireAuth", value);
            default -> passThrough(name, value);
        }
    }

    /** pgjdbc properties, in the order the URI gave them. */
    Map<String, String> properties() {
        if (fallbackApplicationName != null && !properties.containsKey("ApplicationName")) {
            properties.put("ApplicationName", fallbackApplicationName);
        }
        return properties;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String database() {
        return database;
    }

    /** Quotes the name when it is safe to show, or says that it is not. */
    static String describe(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "'" + name + "'" : "with a malformed name";
    }

    private void passThrough(String name, String value) {
        if (RESERVED.contains(name) || PGProperty.forName(name) == null) {
            throw new ConfigurationException("url has an unknown parameter " + describe(name)
                    + ": use a libpq parameter pgjdbc supports (sslmode, application_name, connect_timeout, options,"
                    + " ...) or a pgjdbc property (prepareThreshold, socketTimeout, ...)");
        }
        put(name, name, value);
    }

    private void put(String uriName, String property, String value) {
        String earlier = sources.putIfAbsent(property, uriName);
        if (earlier != null) {
            throw new ConfigurationException("url sets " + property + " twice (" + describe(earlier) + " and "
                    + describe(uriName) + "): keep one");
        }
        properties.put(property, value);
    }

    private static String once(String name, String earlier, String value) {
        if (earlier != null) {
            throw new ConfigurationException("url sets parameter '" + name + "' twice: keep one");
        }
        return value;
    }

    private static String oneOf(String name, String value, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new ConfigurationException("url parameter '" + name + "' must be one of " + String.join(", ", allowed)
                + ", got '" + value + "'");
    }

    private static String flag(String name, String value) {
        return "1".equals(oneOf(name, value, "0", "1")) ? "true" : "false";
    }

    private static String seconds(String name, String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 0) {
                return Integer.toString(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message below
        }
        throw new ConfigurationException("url parameter '" + name + "' must be whole seconds (0 or more), got '"
                + value + "'");
    }

    /** libpq's {@code target_session_attrs} in pgjdbc's words; read-only and standby both mean a standby there. */
    private static String targetServerType(String value) {
        return switch (oneOf("target_session_attrs", value, "any", "read-write", "primary", "read-only", "standby",
                "prefer-standby")) {
            case "read-write", "primary" -> "primary";
            case "read-only", "standby" -> "secondary";
            case "prefer-standby" -> "preferSecondary";
            default -> "any";
        };
    }
}
