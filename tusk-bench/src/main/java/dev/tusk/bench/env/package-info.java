/**
 * Where the benchmarks run: one PostgreSQL server (embedded PostgreSQL 17 or the server named by
 * {@code TUSK_BENCH_URL}) and, on it, one HikariCP pool per contender built from the same
 * {@link dev.tusk.bench.env.PoolSettings}, opened once per JVM so that every round of the interleaved
 * runner and every JMH trial reuse warm connections.
 */
package dev.tusk.bench.env;
