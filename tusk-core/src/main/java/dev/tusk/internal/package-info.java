/**
 * Not API: helpers the public packages share, starting with connecting (URL parsing, opening the
 * HikariCP pool, explaining a failed login). Nothing here is exported or kept compatible; use
 * {@link dev.tusk.Database} instead.
 */
package dev.tusk.internal;
