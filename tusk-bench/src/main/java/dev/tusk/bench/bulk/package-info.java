/**
 * Bulk writes: W2 (insert 10,000 rows; Tusk {@code insertAll} against pgjdbc batching) and COPY
 * (Tusk {@code copy} against a hand-written pgjdbc binary COPY), on one {@link dev.tusk.bench.data.Item}
 * table that every invocation starts empty. Each benchmark class holds the contenders of one workload
 * as methods, checked after every invocation so that a fast wrong answer cannot win; the workload
 * definitions the runner uses are in {@link dev.tusk.bench.bulk.BulkWorkloads}.
 */
package dev.tusk.bench.bulk;
