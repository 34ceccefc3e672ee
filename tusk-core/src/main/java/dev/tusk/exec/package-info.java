/**
 * Execution: binds parameters through codecs (validating them before any connection is used),
 * prepares and runs statements, classifies failures by SQLSTATE, logs on {@code dev.tusk.sql} and
 * tells {@link dev.tusk.exec.StatementListener}s about each phase (render, execute, map). Statements
 * of an async task can be cancelled through its {@link dev.tusk.exec.Cancellation}.
 */
package dev.tusk.exec;
