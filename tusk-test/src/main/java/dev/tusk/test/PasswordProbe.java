package dev.tusk.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Finds out whether a server refuses a wrong password: makes a throwaway login role with a random
 * password, logs in with another one, and drops the role. A server whose {@code pg_hba.conf} says
 * {@code trust} lets the login through.
 */
final class PasswordProbe {

    private static final String INVALID_PASSWORD = "28P01";

    private PasswordProbe() {
    }

    static boolean run(SharedServer server, String databaseName, String roleName) {
        String role = SharedServer.quote(roleName);
        try {
            server.useAdmin(statement -> statement.execute(
                    "CREATE ROLE " + role + " LOGIN PASSWORD '" + UUID.randomUUID() + "'"));
        } catch (SQLException noPrivilege) {
            // without CREATEROLE there is nothing to probe with: report "not known to be enforced"
            return false;
        }
        try {
            ServerAddress wrong = server.address().withUser(roleName, "wrong-" + UUID.randomUUID());
            try {
                Connection admitted = DriverManager.getConnection(wrong.jdbcUrl(databaseName), wrong.credentials());
                admitted.close();
                return false;
            } catch (SQLException refused) {
                return INVALID_PASSWORD.equals(refused.getSQLState());
            }
        } finally {
            try {
                server.useAdmin(statement -> statement.execute("DROP ROLE IF EXISTS " + role));
            } catch (SQLException ignored) {
                // a leftover role without privileges harms nothing
            }
        }
    }
}
