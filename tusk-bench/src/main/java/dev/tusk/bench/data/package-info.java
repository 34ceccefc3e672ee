/**
 * The data every workload runs on, shared by all libraries: the generated catalogue items
 * ({@link dev.tusk.bench.data.Items}) and their table, W6's authors and posts, the exact question each
 * workload asks ({@link dev.tusk.bench.data.Catalog}) and the checks that make a fast wrong answer fail.
 */
package dev.tusk.bench.data;
