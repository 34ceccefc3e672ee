/**
 * Hibernate ORM 7 as a peer of Tusk: the catalogue workloads W1 and W3 to W8 in
 * {@link dev.tusk.bench.peer.hibernate.HibernateBenchmark} and the bulk insert W2 in
 * {@link dev.tusk.bench.peer.hibernate.HibernateInsertMany}, on entities of this package mapped with
 * field access to the shared tables, through one {@code SessionFactory} per environment built by the
 * native bootstrap ({@code Configuration}) on the pool {@code environment.pool("hibernate")}. The
 * factory is configured as the User Guide's batching chapter advises: {@code hibernate.jdbc.batch_size}
 * 50 (the top of its "between 10 and 50"), {@code hibernate.order_inserts} and
 * {@code hibernate.order_updates}, and item keys from a sequence of this package
 * ({@code tusk_bench.item_hibernate_seq}, increment 50, pooled optimizer) rather than the table's
 * identity, which would turn insert batching off; the sequence starts at 1,000,000,001 so that its keys
 * never meet the identity keys the other libraries get in the same table. The benchmarks use a
 * {@code StatelessSession}, which was as fast as a stateful {@code Session} or faster on every
 * workload (each method's Javadoc says by how much). Hibernate 7 applies the batch size and the
 * ordering only to stateful sessions, so W2 batches explicitly with {@code insertMultiple}. The
 * second-level and query caches and SQL logging are off, as no other contender caches or logs; the
 * PostgreSQL dialect is detected from the connection and checked; Hibernate's INFO start-up lines are
 * silenced.
 */
package dev.tusk.bench.peer.hibernate;
