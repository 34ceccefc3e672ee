package dev.tusk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Where a pool connects, for error messages: {@code host:port} of each server, the database and the
 * user. Never the password.
 *
 * @param addresses {@code host:port} of each server, in the order pgjdbc tries them
 * @param database  the database name, or empty when the server picks the one named like the user
 * @param user      the user name, or null when the driver picks it
 */
record ConnectionTarget(List<String> addresses, String database, String user) {

    ConnectionTarget {
        addresses = List.copyOf(addresses);
    }

    /** Reads hosts, ports and database out of a {@code jdbc:postgresql:} URL the way pgjdbc does. */
    static ConnectionTarget of(String jdbcUrl, String user) {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            return new ConnectionTarget(List.of(), "", user);
        }
        String[] hosts = parsed.getProperty("PGHOST", "localhost").split(",");
        String[] ports = parsed.getProperty("PGPORT", "5432").split(",");
        List<String> addresses = new ArrayList<>();
        for (int index = 0; index < hosts.length; index++) {
            addresses.add(hosts[index] + ":" + (index < ports.length ? ports[index] : "5432"));
        }
        String urlUser = parsed.getProperty("user");
        return new ConnectionTarget(addresses, parsed.getProperty("PGDBNAME", ""), user != null ? user : urlUser);
    }

    /** {@code localhost:5432, database "shop", user "app"}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(addresses.isEmpty() ? "(no host)" : String.join(",", addresses));
        text.append(database.isEmpty() ? ", the database named like the user" : ", database \"" + database + "\"");
        if (user != null) {
            text.append(", user \"").append(user).append('"');
        }
        return text.toString();
    }
}
