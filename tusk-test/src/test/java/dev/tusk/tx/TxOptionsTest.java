package dev.tusk.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.Isolation;
import dev.tusk.TxOptions;
import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.LockTimeoutException;
import dev.tusk.exception.QueryTimeoutException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TxOptions take effect inside the transaction and never outlive it: a pool of one connection
 * shows the next user gets the connection's defaults back.
 */
@TuskTest
class TxOptionsTest {
    private Database single;

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Account.TABLE);
    }

    @BeforeEach
    void singleConnectionPool(TestDatabase database) {
        database.execute("truncate tx_account restart identity");
        single = Database.builder().url(database.jdbcUrl()).user(database.user()).password(database.password())
                .pool(0, 1).build();
    }

    @AfterEach
    void close() {
        single.close();
    }

    @Test
    void isolationLevelsApplyInsideTheTransaction() {
        for (Isolation level : Isolation.values()) {
            String shown = single.withTransaction(TxOptions.defaults().isolation(level),
                    tx -> tx.sql("show transaction_isolation").one(String.class));

            assertThat(shown).isEqualTo(level.name().toLowerCase().replace('_', ' '));
        }
        String serializable = single.withTransaction(TxOptions.serializable(),
                tx -> tx.sql("show transaction_isolation").one(String.class));
        String repeatableRead = single.withTransaction(TxOptions.repeatableRead(),
                tx -> tx.sql("show transaction_isolation").one(String.class));
        assertThat(serializable).isEqualTo("serializable");
        assertThat(repeatableRead).isEqualTo("repeatable read");
    }

    @Test
    void readOnlyRefusesWritesWithSqlState25006() {
        assertThatThrownBy(() -> single.useTransaction(TxOptions.defaults().readOnly(true),
                tx -> tx.insert(Account.of("alice", 1))))
                .isInstanceOfSatisfying(DatabaseException.class,
                        failure -> assertThat(failure.sqlState()).isEqualTo("25006"));

        assertThat(single.from(Account.class).count()).isZero();
    }

    @Test
    void serializableReadOnlyDeferrableRuns() {
        single.insert(Account.of("alice", 5));

        List<String> modes = single.withTransaction(TxOptions.serializable().readOnly(true).deferrable(true),
                tx -> List.of(tx.sql("show transaction_isolation").one(String.class),
                        tx.sql("show transaction_read_only").one(String.class),
                        tx.sql("show transaction_deferrable").one(String.class),
                        String.valueOf(tx.from(Account.class).count())));

        assertThat(modes).containsExactly("serializable", "on", "on", "1");
    }

    @Test
    void statementTimeoutStopsASlowStatement() {
        assertThatThrownBy(() -> single.useTransaction(TxOptions.defaults().statementTimeout(Duration.ofMillis(100)),
                tx -> tx.sql("select pg_sleep(5)").rows()))
                .isInstanceOf(QueryTimeoutException.class);
    }

    @Test
    void lockTimeoutStopsAWaitForALockHeldElsewhere(TestDatabase database) throws Exception {
        Account alice = single.insert(Account.of("alice", 5));
        try (Connection holder = database.connection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("select * from tx_account where id = " + alice.id() + " for update");
            }

            assertThatThrownBy(() -> single.useTransaction(TxOptions.defaults().lockTimeout(Duration.ofMillis(100)),
                    tx -> tx.update(alice.withBalance(6))))
                    .isInstanceOf(LockTimeoutException.class);
            holder.rollback();
        }
    }

    @Test
    void noSettingOutlivesItsTransaction() {
        List<String> before = settings(single);

        single.useTransaction(TxOptions.serializable().readOnly(true).deferrable(true)
                .statementTimeout(Duration.ofSeconds(7)).lockTimeout(Duration.ofSeconds(3)), tx -> {
            assertThat(settings(tx)).containsExactly("serializable", "on", "7s", "3s", before.get(4));
        });

        assertThat(settings(single)).isEqualTo(before);
    }

    @Test
    void aSessionSetInsideATransactionIsResetBeforeTheConnectionIsReused() {
        List<String> before = settings(single);

        single.useTransaction(tx -> {
            tx.sql("set statement_timeout = '42s'").execute();
            tx.sql("/* a comment first */ SET search_path TO pg_catalog").execute();
            assertThat(tx.sql("show statement_timeout").one(String.class)).isEqualTo("42s");
        });

        assertThat(settings(single)).isEqualTo(before);
    }

    @Test
    void aSessionSetOutsideATransactionDoesNotReachTheNextStatement() {
        List<String> before = settings(single);

        single.sql("set lock_timeout = '9s'").execute();

        assertThat(settings(single)).isEqualTo(before);
    }

    @Test
    void aSetLocalIsLeftToPostgreSql() {
        single.useTransaction(tx -> {
            tx.sql("set local statement_timeout = '8s'").execute();
            assertThat(tx.sql("show statement_timeout").one(String.class)).isEqualTo("8s");
        });

        assertThat(single.sql("show statement_timeout").one(String.class)).isNotEqualTo("8s");
    }

    @Test
    void badOptionsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> TxOptions.defaults().deferrable(true))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("deferrable");
        assertThatThrownBy(() -> TxOptions.serializable().deferrable(true))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> TxOptions.defaults().statementTimeout(Duration.ZERO))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("statementTimeout");
        assertThatThrownBy(() -> TxOptions.defaults().lockTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("lockTimeout");
        assertThatThrownBy(() -> TxOptions.defaults().lockTimeout(Duration.ofDays(30)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("lockTimeout");
        assertThatThrownBy(() -> TxOptions.defaults().retries(-1))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("retries");
        assertThatThrownBy(() -> TxOptions.defaults().retries(101))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("retries");
        assertThatThrownBy(() -> TxOptions.defaults().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxBackoff");
    }

    @Test
    void aSubMillisecondTimeoutIsRoundedUpNotDropped() {
        String shown = single.withTransaction(TxOptions.defaults().statementTimeout(Duration.ofNanos(1)),
                tx -> tx.sql("show statement_timeout").one(String.class));

        assertThat(shown).isEqualTo("1ms");
    }

    private static List<String> settings(dev.tusk.Operations on) {
        return List.of(on.sql("show transaction_isolation").one(String.class),
                on.sql("show transaction_read_only").one(String.class),
                on.sql("show statement_timeout").one(String.class),
                on.sql("show lock_timeout").one(String.class),
                on.sql("show search_path").one(String.class));
    }
}
