/**
 * The single-row and query workloads on the 10,000-item catalogue (W1 insert one, W3 find by key,
 * W4 load 1,000 rows, W5 update by key, W7 filtered page with its count, W8 W3 from 64 virtual
 * threads), for raw JDBC and Tusk; the peers' versions live in {@code dev.tusk.bench.peer}. What each
 * workload asks for and how its result is checked is {@link dev.tusk.bench.data.Catalog}; the
 * workload definitions the runner uses, with every library's contender, are {@link
 * dev.tusk.bench.catalog.CatalogWorkloads}.
 */
package dev.tusk.bench.catalog;
