/**
 * JDBI 3 (core 3.55, fluent API) as a peer contender on the suite's workloads: {@link
 * dev.tusk.bench.peer.jdbi.JdbiBenchmark} for W1 and W3 to W8 and {@link
 * dev.tusk.bench.peer.jdbi.JdbiInsertMany} for W2, each method written the way the JDBI developer guide
 * teaches and, where it offers several ways, the fastest one measured. One {@code Jdbi} per environment
 * on its own pool ({@code BenchJdbi}) with hand-written row mappers registered once, because they beat
 * the reflective {@code ConstructorMapper} on the 1,000-row range (about 2.1 against 3.6 ms); named
 * {@code :parameters}; {@code withHandle} under auto-commit for single statements (each its own
 * transaction, without the extra commit of {@code inTransaction}); records bound with {@code bindMethods},
 * as they have no bean getters; W2 as a {@code PreparedBatch} in {@code inTransaction} with
 * {@code executePreparedBatch("id")}; W6 as two statements with {@code = ANY(:ids)}, which beat the
 * guide's {@code LEFT JOIN} with {@code reduceRows} because the join repeats each author on every row.
 * Only {@code jdbi3-core} is used: the SQL Object and PostgreSQL plugins add nothing these workloads need.
 */
package dev.tusk.bench.peer.jdbi;
