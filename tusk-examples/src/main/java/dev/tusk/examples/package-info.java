/**
 * Runnable examples: the quickstart and the README tour. Every snippet in the README is taken from
 * these sources and run by this module's tests.
 */
package dev.tusk.examples;
