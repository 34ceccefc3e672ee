/** Workloads that load an object graph: W6, authors with their posts, against hand-written two-query JDBC. */
package dev.tusk.bench.graph;
