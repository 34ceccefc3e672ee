/**
 * The Tusk test kit: {@link dev.tusk.test.TuskTest} gives each JUnit 5 test class a fresh
 * PostgreSQL database (a millisecond clone of a per-JVM template with {@code hstore}, and
 * {@code vector} where available) on an embedded PostgreSQL 17 or on the server named by
 * {@code TUSK_TEST_URL}; resolves {@link dev.tusk.test.TestDatabase}, {@link dev.tusk.Database} and
 * {@link dev.tusk.test.SqlCapture} parameters; fails a test that leaves a connection open; and
 * offers the Pagila sample database ({@link dev.tusk.test.Pagila}) and a standalone
 * {@link dev.tusk.test.EmbeddedServer} for code outside JUnit.
 */
package dev.tusk.test;
