/**
 * The annotation processor that writes the typed metamodel of each {@code @Table} entity: for
 * {@code User} a class {@code User_} with one column constant per persistent field
 * ({@code User_.age} is a {@code NumberCol<User, Integer>}), so queries name columns the compiler
 * checks. It reads entities as source models (names and type mirrors), never loads their classes,
 * and follows the field rules of tusk-core's entity introspection exactly.
 */
package dev.tusk.processor;
