package dev.tusk.test;

import dev.tusk.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TuskTest
class TestDatabaseTest {

    private static TestDatabase fromBeforeAll;
    private final TestDatabase fromConstructor;
    private TestDatabase fromBeforeEach;

    TestDatabaseTest(TestDatabase database) {
        this.fromConstructor = database;
    }

    @BeforeAll
    static void createSchema(TestDatabase database) {
        fromBeforeAll = database;
        database.execute("""
                create table item (id int primary key, label text not null);
                insert into item values (1, 'one');
                COPY item (id, label) FROM stdin;
                2\ttwo
                3\tthree
                \\.
                insert into item values (4, 'four; with a semicolon');
                """);
    }

    @BeforeEach
    void remember(TestDatabase database) {
        fromBeforeEach = database;
    }

    @Test
    void constructorLifecycleMethodsAndTestsShareOneDatabasePerClass(TestDatabase database, Database db, SqlCapture capture) {
        assertThat(database).isSameAs(fromConstructor).isSameAs(fromBeforeAll).isSameAs(fromBeforeEach);
        assertThat(db).isSameAs(database.database());
        assertThat(capture).isSameAs(database.capture());
    }

    @Test
    void executeRunsStatementsAndCopyBlocks(TestDatabase database) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select label from item order by id")) {
            while (rows.next()) {
                labels.add(rows.getString(1));
            }
        }
        assertThat(labels).containsExactly("one", "two", "three", "four; with a semicolon");
    }

    @Test
    void executeReportsTheServerError(TestDatabase database) {
        assertThatThrownBy(() -> database.execute("select * from no_such_table"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no_such_table");
    }

    @Test
    void connectionDetailsReachTheClassDatabase(TestDatabase database) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", database.user());
        if (database.password() != null) {
            login.setProperty("password", database.password());
        }
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), login);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_database(), current_user")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(database.name());
            assertThat(rows.getString(2)).isEqualTo(database.user());
        }
        assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://" + database.host() + ":" + database.port() + "/");
        assertThat(database.url()).startsWith("postgresql://" + database.user()).endsWith("/" + database.name());
    }

    @Test
    void templateInstallsHstoreAndVectorWhenTheServerHasIt(TestDatabase database) throws SQLException {
        assertThat(database.hasExtension("hstore")).isTrue();
        assertThat(database.hasExtension("no_such_extension")).isFalse();
        boolean vectorAvailable;
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1 from pg_available_extensions where name = 'vector'")) {
            vectorAvailable = rows.next();
        }
        assertThat(database.hasExtension("vector")).isEqualTo(vectorAvailable);
    }

    @Test
    void serverVersionIsTheMajorVersion(TestDatabase database) throws SQLException {
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_setting('server_version_num')::int / 10000")) {
            rows.next();
            assertThat(database.serverVersion()).isEqualTo(rows.getInt(1)).isGreaterThanOrEqualTo(15);
        }
        if (System.getenv(SharedServer.URL_VARIABLE) == null) {
            assertThat(database.serverVersion()).isEqualTo(17);
        }
    }

    @Test
    void databaseBorrowsFromTheClassPool(Database db) throws SQLException {
        assertThat(db.isConnected()).isTrue();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from item")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(4);
        }
    }

    @Test
    void passwordsRequiredTellsWhetherAWrongPasswordIsRefused(TestDatabase database) throws SQLException {
        String role = database.name(); // roles are server-wide: borrow the unique database name
        database.execute("create role " + role + " login password 'right-password'");
        try {
            assertThat(canLogIn(database, role, "right-password")).isTrue();
            boolean wrongPasswordAdmitted = canLogIn(database, role, "wrong-password");

            assertThat(database.passwordsRequired()).isEqualTo(!wrongPasswordAdmitted);
            if (System.getenv(SharedServer.URL_VARIABLE) == null) {
                assertThat(wrongPasswordAdmitted).as("embedded server admits a wrong password").isFalse();
            }
        } finally {
            database.execute("drop role " + role);
        }
    }

    private static boolean canLogIn(TestDatabase database, String role, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", role);
        login.setProperty("password", password);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), login)) {
            return connection.isValid(2);
        } catch (SQLException refused) {
            if ("28P01".equals(refused.getSQLState())) {
                return false;
            }
            throw refused;
        }
    }

    @Nested
    class NestedClass {
        @Test
        void sharesTheEnclosingClassDatabase(TestDatabase database) {
            assertThat(database).isSameAs(fromBeforeAll);
        }
    }
}
