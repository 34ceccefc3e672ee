/**
 * Entity metadata: what Tusk knows about a mapped class (table, columns, key, version, how to build
 * and read an instance), read once per class from its annotations and cached. Names default to
 * snake_case; identifiers are validated and always quoted.
 */
package dev.tusk.model;
