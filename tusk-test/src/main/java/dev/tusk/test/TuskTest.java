package dev.tusk.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class its own fresh PostgreSQL database, dropped after the class, and resolves
 * {@link TestDatabase}, {@link dev.tusk.Database} and {@link SqlCapture} parameters. After each
 * test, a connection left open fails the test. The server is an embedded PostgreSQL 17 started
 * once per JVM, or the one named by the environment variable {@code TUSK_TEST_URL}
 * ({@code postgresql://user:pass@host:5432/postgres}; the role needs {@code CREATEDB}).
 *
 * <pre>{@code
 * @TuskTest
 * class InsertTest {
 *     @Test
 *     void insertReturnsGeneratedKey(Database db) { ... }
 * }
 *
 * @TuskTest(pagila = true)   // the class database starts as a copy of the Pagila sample database
 * class FilmQueryTest { ... }
 * }</pre>
 *
 * <p>{@code @Nested} classes share the database of the class that encloses them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TuskExtension.class)
public @interface TuskTest {

    /**
     * Start from a copy of the Pagila sample database (loaded once per JVM, cloned per class in
     * milliseconds). When the fixture files are not found, each test of the class is skipped with the
     * paths tried as the reason. See {@link Pagila}.
     */
    boolean pagila() default false;
}
