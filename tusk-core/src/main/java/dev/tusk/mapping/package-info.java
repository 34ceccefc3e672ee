/**
 * Mapping: result rows to entities, records, scalars and {@link dev.tusk.mapping.Row}s. A mapper
 * is planned once per entity and result shape (which column feeds which field, through which codec)
 * and then reads every row by column index.
 */
package dev.tusk.mapping;
