/**
 * The benchmark command: {@link dev.tusk.bench.BenchMain} runs the workloads of the suite
 * interleaved against raw JDBC on one PostgreSQL server and prints a markdown table
 * (see {@code docs/benchmarks.md}). Workloads live in packages by subject ({@code bulk}); the
 * runner in {@code harness}; the server and pools in {@code env}.
 */
package dev.tusk.bench;
