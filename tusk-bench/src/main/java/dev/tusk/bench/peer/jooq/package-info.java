/**
 * The jOOQ contender (open-source edition 3.21, {@code SQLDialect.POSTGRES}): {@link
 * dev.tusk.bench.peer.jooq.JooqBenchmark} for the catalogue workloads W1 and W3 to W8 and {@link
 * dev.tusk.bench.peer.jooq.JooqInsertMany} for W2, each written the way jOOQ's manual teaches and,
 * where it offers several ways, the fastest one measured (each method's Javadoc says which and why).
 * No code generator runs in this build, so the schema classes ({@link
 * dev.tusk.bench.peer.jooq.TuskBenchSchema}, {@link dev.tusk.bench.peer.jooq.JooqItemTable} with its
 * {@code UpdatableRecord} {@link dev.tusk.bench.peer.jooq.JooqItemRecord}, {@link
 * dev.tusk.bench.peer.jooq.JooqAuthorTable}, {@link dev.tusk.bench.peer.jooq.JooqPostTable}) are
 * written by hand in the shape the generator gives them, so that queries are the same type-safe DSL a
 * jOOQ user writes against generated code; rows are mapped into the shared records through
 * {@code Records.mapping(Item::new)} over typed projections, never by reflection. One {@code
 * DSLContext} per environment ({@link dev.tusk.bench.peer.jooq.JooqContext}) runs on the pool
 * {@code "jooq"}, with jOOQ's default settings except execute logging, which is off as the manual
 * advises outside development, and with the logo and tips switched off through jOOQ's documented
 * system properties so that nothing but JMH writes to the console.
 */
package dev.tusk.bench.peer.jooq;
