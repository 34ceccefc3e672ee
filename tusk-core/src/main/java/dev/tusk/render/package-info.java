/**
 * Rendering: turns queries into {@link dev.tusk.render.SqlStatement} values, SQL text with
 * {@code ?} placeholders travelling together with its parameters. This is the only package that
 * writes SQL text: the query AST is rendered here, and raw SQL given to {@code db.sql(..)} is read
 * once by {@link dev.tusk.render.ParsedSql}, which turns {@code :name} and {@code ?} placeholders
 * into JDBC text that pgjdbc binds correctly, leaving literals, quoted identifiers, dollar quotes
 * and comments untouched.
 */
package dev.tusk.render;
