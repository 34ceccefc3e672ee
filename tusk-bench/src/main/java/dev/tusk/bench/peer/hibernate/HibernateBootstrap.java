package dev.tusk.bench.peer.hibernate;

import dev.tusk.bench.env.BenchEnvironment;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.BatchSettings;
import org.hibernate.cfg.CacheSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The one Hibernate {@link SessionFactory} of the environment, built through Hibernate's native
 * bootstrap ({@link Configuration}) on the pool {@code environment.pool("hibernate")}, which has the
 * same settings as every other contender's pool. Both Hibernate benchmark classes share it, so no
 * trial pays for the bootstrap; the environment closes it.
 */
final class HibernateBootstrap {
    /** The generator and the sequence behind {@link ItemEntity}'s keys. */
    static final String ITEM_SEQUENCE = "tusk_bench.item_hibernate_seq";
    /** Far above the identity keys of the other libraries (at most a few million rows in a whole run). */
    static final int ITEM_SEQUENCE_START = 1_000_000_001;
    /**
     * The sequence's increment, equal to the pooled optimizer's allocation size (Hibernate refuses a
     * mismatch at boot) and to the JDBC batch size: one {@code nextval} per full batch.
     */
    static final int ITEM_SEQUENCE_INCREMENT = 50;
    /** The User Guide asks for a batch size "between 10 and 50"; the top of that range, as the sequence. */
    static final int JDBC_BATCH_SIZE = ITEM_SEQUENCE_INCREMENT;

    /**
     * Hibernate logs through JBoss Logging, which picks java.util.logging here (no Logback, Log4j or
     * JBoss LogManager on the class path) and so does not see the suite's slf4j-simple level; its
     * start-up lines at INFO would land between JMH's. Held in a field because java.util.logging keeps
     * loggers only weakly, and a collected logger would forget the level.
     */
    private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");

    private HibernateBootstrap() {
    }

    /** The environment's session factory, built on first call (with the sequence its keys come from). */
    static SessionFactory sessionFactory(BenchEnvironment environment) {
        createItemSequence(environment);
        return environment.component("hibernate", SessionFactory.class, () -> build(environment));
    }

    /**
     * Creates the key sequence once; {@code IF NOT EXISTS} keeps it across trials and, on a server of
     * one's own ({@value BenchEnvironment#URL_VARIABLE}), across runs, so keys never repeat.
     */
    private static void createItemSequence(BenchEnvironment environment) {
        environment.prepareOnce(ITEM_SEQUENCE, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS tusk_bench");
                statement.execute("CREATE SEQUENCE IF NOT EXISTS " + ITEM_SEQUENCE + " START " + ITEM_SEQUENCE_START
                        + " INCREMENT " + ITEM_SEQUENCE_INCREMENT);
            }
        });
    }

    private static SessionFactory build(BenchEnvironment environment) {
        HIBERNATE_LOGGER.setLevel(Level.WARNING);
        Configuration configuration = new Configuration()
                .addAnnotatedClasses(ItemEntity.class, AuthorEntity.class, PostEntity.class)
                // batching as the User Guide's batching chapter advises; the sequence keys keep it on for inserts
                .setProperty(BatchSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
                .setProperty(BatchSettings.ORDER_INSERTS, true)
                .setProperty(BatchSettings.ORDER_UPDATES, true)
                // both off by default; said here because the comparison depends on it
                .setProperty(CacheSettings.USE_SECOND_LEVEL_CACHE, false)
                .setProperty(CacheSettings.USE_QUERY_CACHE, false)
                .setProperty(JdbcSettings.SHOW_SQL, false);
        // a DataSource instance, not a name, so the setting goes in as an object
        configuration.getProperties().put(JdbcSettings.DATASOURCE, environment.pool("hibernate"));
        SessionFactory sessionFactory = configuration.buildSessionFactory();
        expectPostgreSQLDialect(sessionFactory);
        return sessionFactory;
    }

    /**
     * Hibernate picks the dialect from the connection's metadata (naming it explicitly is deprecated
     * and warned about since 6.0); a run against anything else would not compare like with like.
     */
    private static void expectPostgreSQLDialect(SessionFactory sessionFactory) {
        Dialect dialect = sessionFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        if (!(dialect instanceof PostgreSQLDialect)) {
            sessionFactory.close();
            throw new IllegalStateException("Hibernate chose " + dialect.getClass().getName()
                    + "; the benchmark needs PostgreSQLDialect (is the server PostgreSQL?)");
        }
    }
}
