package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tusk under other class paths, each a class loader holding only the jars named (Tusk, pgjdbc,
 * HikariCP, slf4j, Caffeine, the test classes, and maybe Jakarta's), over the platform loader.
 * Without {@code jakarta.validation} Tusk connects and writes, never loads the class that touches the
 * API, and ignores the constraint annotations it cannot see. With a provider that cannot start (no EL
 * implementation), writes fail saying what to add instead of skipping the constraints.
 */
@TuskTest
class JakartaClassPathTest {
    private static final List<Class<?>> TUSK = List.of(Database.class, org.postgresql.Driver.class,
            com.zaxxer.hikari.HikariDataSource.class, org.slf4j.LoggerFactory.class,
            com.github.benmanes.caffeine.cache.Caffeine.class, JakartaClassPathTest.class);

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Ghost.SQL);
    }

    @Test
    void withTheProviderOnTheClassPathTheConstraintIsChecked(Database db) {
        assertThatThrownBy(() -> db.insert(new Ghost(1, " "))).isInstanceOf(ValidationException.class)
                .hasMessage("Ghost is not valid: name: must not be blank [insert Ghost]");
    }

    @Test
    void withoutJakartaOnTheClassPathTuskWritesAndNeverLoadsItsIntegration(Database db, TestDatabase database)
            throws Exception {
        try (Isolated tusk = new Isolated(TUSK)) {
            assertThatThrownBy(() -> Class.forName("jakarta.validation.Validation", false, tusk))
                    .isInstanceOf(ClassNotFoundException.class);
            Object isolatedDb = tusk.loadClass("dev.tusk.Database").getMethod("of", DataSource.class)
                    .invoke(null, tusk.dataSource(database));
            Object ghost = tusk.loadClass(Ghost.class.getName()).getConstructors()[0].newInstance(2L, " ");

            tusk.loadClass("dev.tusk.Database").getMethod("insert", Object.class).invoke(isolatedDb, ghost);

            assertThat(tusk.isLoaded("dev.tusk.validation.DetectedValidator")).as("the provider was looked for").isTrue();
            assertThat(tusk.isLoaded("dev.tusk.validation.JakartaValidation")).isFalse();
            Object detected = tusk.loadClass("dev.tusk.validation.EntityValidator").getMethod("detect").invoke(null);
            assertThat(detected).hasToString("detected: no entity validation");
        }
        assertThat(db.sql("select name from val_ghosts where id = 2").list(String.class)).containsExactly(" ");
    }

    @Test
    void aProviderThatCannotStartRefusesEveryWriteSayingWhatToAdd(Database db, TestDatabase database)
            throws Exception {
        List<Class<?>> withoutEl = new ArrayList<>(TUSK);
        withoutEl.addAll(List.of(jakarta.validation.Validation.class, org.hibernate.validator.HibernateValidator.class,
                org.jboss.logging.Logger.class, com.fasterxml.classmate.TypeResolver.class));
        try (Isolated tusk = new Isolated(withoutEl)) {
            assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory", false, tusk))
                    .isInstanceOf(ClassNotFoundException.class);
            Object isolatedDb = tusk.loadClass("dev.tusk.Database").getMethod("of", DataSource.class)
                    .invoke(null, tusk.dataSource(database));
            Object ghost = tusk.loadClass(Ghost.class.getName()).getConstructors()[0].newInstance(3L, "casper");
            Method insert = tusk.loadClass("dev.tusk.Database").getMethod("insert", Object.class);

            Throwable refused = tusk.whileCurrent(() -> catchThrowable(() -> insert.invoke(isolatedDb, ghost)));

            assertThat(refused).isInstanceOf(InvocationTargetException.class).cause()
                    .satisfies(cause -> assertThat(cause.getClass().getName())
                            .isEqualTo("dev.tusk.exception.ConfigurationException"))
                    .hasMessageContaining("Jakarta Validation is on the class path but its provider cannot start")
                    .hasMessageContaining("org.glassfish.expressly:expressly");
        }
        assertThat(db.sql("select count(*) from val_ghosts where id = 3").one(Long.class)).isZero();
    }

    /** A class loader over the code sources of some classes, whose parent is the platform loader: nothing else is visible. */
    private static final class Isolated extends URLClassLoader {
        Isolated(List<Class<?>> from) {
            super(from.stream().map(Isolated::locationOf).distinct().toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader());
        }

        private static URL locationOf(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }

        /** Runs {@code work} with this loader as the thread's context loader, where Jakarta looks for providers first. */
        <T> T whileCurrent(java.util.function.Supplier<T> work) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(this);
            try {
                return work.get();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        boolean isLoaded(String name) {
            return findLoadedClass(name) != null;
        }

        /** A pgjdbc data source made in this loader, for the test database. */
        DataSource dataSource(TestDatabase database) throws ReflectiveOperationException {
            Object source = loadClass("org.postgresql.ds.PGSimpleDataSource").getConstructor().newInstance();
            source.getClass().getMethod("setURL", String.class).invoke(source, database.jdbcUrl());
            source.getClass().getMethod("setUser", String.class).invoke(source, database.user());
            source.getClass().getMethod("setPassword", String.class).invoke(source, database.password());
            return (DataSource) source;
        }
    }
}
