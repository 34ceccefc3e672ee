/**
 * The peers Tusk is measured against, one package each ({@code hibernate}, {@code jooq},
 * {@code jdbi}), each written the way that library's documentation teaches, on a pool of its own with
 * the same settings as raw JDBC's; {@link dev.tusk.bench.peer.Libraries} lists them for the workload
 * definitions.
 */
package dev.tusk.bench.peer;
