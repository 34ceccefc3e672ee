/**
 * Mapping: result rows to entities, records, scalars and {@link dev.tusk.mapping.Row}s. A mapper
 * is planned once per entity and result shape (which column feeds which field, through which codec)
 * and then reads every row by column index. Before a write, the plan checks the values as the mapping
 * implies and has the database's {@link dev.tusk.validation.EntityValidator} check the entity, all
 * violations of one entity in one {@link dev.tusk.exception.ValidationException}.
 */
package dev.tusk.mapping;
