/**
 * Tusk's exceptions: all unchecked, under {@link dev.tusk.exception.TuskException}, classified by
 * SQLSTATE and carrying the entity, operation, SQL, parameters (secrets redacted) and SQLSTATE of
 * the failed call, so that one log line tells what went wrong and where.
 */
package dev.tusk.exception;
