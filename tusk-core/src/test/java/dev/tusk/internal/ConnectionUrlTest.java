package dev.tusk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.exception.ConfigurationException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

class ConnectionUrlTest {

    /** What pgjdbc itself reads out of the URL we built: the proof that encoding round-trips. */
    private static Properties asPgjdbcReadsIt(ConnectionUrl url) {
        Properties properties = Driver.parseURL(url.jdbcUrl(), null);
        assertThat(properties).as("pgjdbc accepts %s", url.jdbcUrl()).isNotNull();
        return properties;
    }

    @Test
    void uriBecomesJdbcUrlWithCredentialsApart() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app:secret@localhost:5433/shop");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5433/shop");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("secret");
    }

    @Test
    void postgresSchemeIsTheSameAsPostgresql() {
        assertThat(ConnectionUrl.parse("postgres://app:secret@db.example.com:6000/shop"))
                .isEqualTo(new ConnectionUrl("jdbc:postgresql://db.example.com:6000/shop", "app", "secret"));
    }

    @Test
    void portDefaultsTo5432AndHostToLocalhost() {
        assertThat(ConnectionUrl.parse("postgresql://app@db.example.com/shop").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5432/shop");
        assertThat(ConnectionUrl.parse("postgresql:///shop").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }

    @Test
    void withoutDatabaseTheServerPicksTheOneNamedLikeTheUser() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app@db.example.com");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/");
        assertThat(asPgjdbcReadsIt(url).getProperty("PGDBNAME")).isNull();
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isNull();
    }

    @Test
    void bareSchemeMeansLocalhostWithoutCredentials() {
        assertThat(ConnectionUrl.parse("postgresql://"))
                .isEqualTo(new ConnectionUrl("jdbc:postgresql://localhost:5432/", null, null));
    }

    @Test
    void percentEncodedUserAndPasswordAreDecoded() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://me%40corp:p%40ss%3Aw%2Frd%3F%23%25@localhost/shop");

        assertThat(url.user()).isEqualTo("me@corp");
        assertThat(url.password()).isEqualTo("p@ss:w/rd?#%");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }

    @Test
    void plusInPasswordStaysAPlusAndUtf8EscapesDecode() {
        assertThat(ConnectionUrl.parse("postgresql://app:a+b%C3%A9@localhost/shop").password()).isEqualTo("a+bé");
    }

    @Test
    void unencodedAtSignInPasswordSplitsAtTheLastAt() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app:p@ss@localhost/shop");

        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }

    @Test
    void ipv6AddressInBracketsKeepsItsPort() {
        assertThat(ConnectionUrl.parse("postgresql://app@[::1]:5433/shop").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/shop");
        ConnectionUrl defaultPort = ConnectionUrl.parse("postgresql://[2001:db8::7]/shop");
        assertThat(defaultPort.jdbcUrl()).isEqualTo("jdbc:postgresql://[2001:db8::7]:5432/shop");
        assertThat(asPgjdbcReadsIt(defaultPort).getProperty("PGHOST")).isEqualTo("[2001:db8::7]");
    }

    @Test
    void severalHostsKeepTheirOwnPorts() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app@host1:5432,host2:5433,[::1]/shop");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host1:5432,host2:5433,[::1]:5432/shop");
        Properties read = asPgjdbcReadsIt(url);
        assertThat(read.getProperty("PGHOST")).isEqualTo("host1,host2,[::1]");
        assertThat(read.getProperty("PGPORT")).isEqualTo("5432,5433,5432");
    }

    @Test
    void databaseNameIsDecodedAndReEncodedForPgjdbc() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://localhost/my%20shop%2Bco");

        assertThat(asPgjdbcReadsIt(url).getProperty("PGDBNAME")).isEqualTo("my shop+co");
    }

    @Test
    void libpqParametersMapToPgjdbcProperties() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app@localhost/shop?sslmode=require"
                + "&application_name=web%20app&connect_timeout=7&options=-c%20geqo%3Doff&keepalives=1"
                + "&target_session_attrs=read-write&load_balance_hosts=random");

        Properties read = asPgjdbcReadsIt(url);
        assertThat(read.getProperty("sslmode")).isEqualTo("require");
        assertThat(read.getProperty("ApplicationName")).isEqualTo("web app");
        assertThat(read.getProperty("connectTimeout")).isEqualTo("7");
        assertThat(read.getProperty("options")).isEqualTo("-c geqo=off");
        assertThat(read.getProperty("tcpKeepAlive")).isEqualTo("true");
        assertThat(read.getProperty("targetServerType")).isEqualTo("primary");
        assertThat(read.getProperty("loadBalanceHosts")).isEqualTo("true");
        assertThat(url.jdbcUrl()).doesNotContain("application_name", "connect_timeout");
    }

    @Test
    void fallbackApplicationNameAppliesOnlyWithoutApplicationName() {
        assertThat(asPgjdbcReadsIt(ConnectionUrl.parse("postgresql:///db?fallback_application_name=batch"))
                .getProperty("ApplicationName")).isEqualTo("batch");
        assertThat(asPgjdbcReadsIt(ConnectionUrl.parse(
                "postgresql:///db?fallback_application_name=batch&application_name=web"))
                .getProperty("ApplicationName")).isEqualTo("web");
    }

    @Test
    void pgjdbcPropertyNamesPassThrough() {
        Properties read = asPgjdbcReadsIt(ConnectionUrl.parse("postgresql:///db?prepareThreshold=0&socketTimeout=30"));

        assertThat(read.getProperty("prepareThreshold")).isEqualTo("0");
        assertThat(read.getProperty("socketTimeout")).isEqualTo("30");
    }

    @Test
    void unknownParameterIsRejectedByName() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://app:secret@localhost/shop?frobnicate=1"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown parameter 'frobnicate'");
    }

    @Test
    void badParameterValueIsRejectedNamingParameterAndChoices() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql:///shop?sslmode=always"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'sslmode'").hasMessageContaining("verify-full").hasMessageContaining("'always'");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql:///shop?connect_timeout=soon"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'connect_timeout'");
    }

    @Test
    void sameSettingTwiceIsRejected() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql:///shop?application_name=a&ApplicationName=b"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ApplicationName twice");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://app@localhost/shop?user=other"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("user twice");
    }

    @Test
    void hostAndPortParametersAreRejectedWithTheAuthorityForm() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql:///shop?host=db.example.com"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'host'").hasMessageContaining("postgresql://host1:5432,host2:5433/db");
    }

    @Test
    void sslPasswordParameterIsRefusedToKeepSecretsOutOfTheUrl() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql:///shop?sslpassword=keypass"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'sslpassword'").hasMessageNotContaining("keypass");
    }

    @Test
    void userAndPasswordParametersMoveIntoTheRecord() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://localhost/shop?user=app&password=se%26cret&sslmode=disable");

        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("se&cret");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop?sslmode=disable");
    }

    @Test
    void jdbcUrlPassesThroughWithCredentialsPulledOut() {
        ConnectionUrl url = ConnectionUrl.parse(
                "jdbc:postgresql://localhost:5432/shop?user=app&ssl=true&password=p%2Bq+r&prepareThreshold=0");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop?ssl=true&prepareThreshold=0");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).as("decoded as pgjdbc decodes it").isEqualTo("p+q r");
    }

    @Test
    void jdbcUrlWithoutParametersIsUnchanged() {
        assertThat(ConnectionUrl.parse("jdbc:postgresql://h1:5432,h2:5433/shop"))
                .isEqualTo(new ConnectionUrl("jdbc:postgresql://h1:5432,h2:5433/shop", null, null));
    }

    @Test
    void jdbcUrlWithCredentialsBeforeHostIsRejectedWithoutShowingThePassword() {
        assertThatThrownBy(() -> ConnectionUrl.parse("jdbc:postgresql://app:hunter2@localhost/shop"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("url").hasMessageContaining("app:***@localhost")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void otherSchemesAreRejectedNamingUrlWithPasswordRedacted() {
        assertThatThrownBy(() -> ConnectionUrl.parse("mysql://root:hunter2@localhost/shop?password=hunter3"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("url must be a postgresql:// URI")
                .hasMessageContaining("mysql://root:***@localhost/shop?password=***")
                .hasMessageNotContaining("hunter2").hasMessageNotContaining("hunter3");
        assertThatThrownBy(() -> ConnectionUrl.parse("localhost:5432/shop"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("url must be");
    }

    @Test
    void nullAndBlankAreRejectedNamingUrl() {
        assertThatThrownBy(() -> ConnectionUrl.parse(null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("url must be").hasMessageEndingWith("null");
        assertThatThrownBy(() -> ConnectionUrl.parse("  "))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("blank");
    }

    @Test
    void badPortIsRejectedWithoutRepeatingWhatMayBePartOfThePassword() {
        // an unencoded '/' in the password ends the authority early, so "s3cr" would be read as the port
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://app:s3cr/et@localhost/shop"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("invalid port").hasMessageContaining("percent-encode")
                .hasMessageNotContaining("s3cr");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://localhost:70000/shop"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("invalid port");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://localhost:0/shop"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("invalid port");
    }

    @Test
    void malformedEscapeInPasswordIsRejectedWithoutShowingIt() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://app:top%zzsecret@localhost/shop"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("percent-escape in the password")
                .hasMessageNotContaining("top%zzsecret");
    }

    @Test
    void invalidHostsAreRejected() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://%2Fvar%2Frun%2Fpostgresql/shop"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("Unix-domain socket");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://bad host/shop"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("invalid host 'bad host'");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://h1,,h2/shop"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://[::1/shop"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("IPv6");
    }

    @Test
    void parameterWithoutValueIsRejected() {
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql:///shop?sslmode"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'sslmode' has no value");
    }

    @Test
    void toStringAndRedactedNeverShowThePassword() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app:hunter2@localhost/shop");

        assertThat(url.toString()).doesNotContain("hunter2").contains("password=***").contains("user=app");
        assertThat(url.redacted()).isEqualTo("jdbc:postgresql://localhost:5432/shop user=app password=***");
        assertThat(ConnectionUrl.parse("postgresql://localhost/shop").redacted())
                .isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }
}
