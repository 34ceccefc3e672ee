/**
 * The heap probe of {@code copy}: a child JVM with a small fixed heap loads a million generated rows
 * through {@code db.copy(Item.class, stream)} and reports the live heap after every collection
 * during the load; flat means the same figure at 10,000 rows as at 1,000,000.
 */
package dev.tusk.bench.heap;
