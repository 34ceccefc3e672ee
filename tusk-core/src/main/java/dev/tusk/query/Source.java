package dev.tusk.query;

/** What a query reads from: an entity's table, or a CTE of the same query. */
public sealed interface Source {

    /** The table of an entity. */
    record Table(Class<?> entity) implements Source {}

    /** A CTE by name; its rows are read as {@code rowType} (an entity or record whose columns it yields). */
    record CteRef(String name, Class<?> rowType) implements Source {
        public CteRef {
            dev.tusk.model.Identifier.requireSafe(name, "CTE name");
        }
    }
}
