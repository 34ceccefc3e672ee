package dev.tusk.bench.harness;

import java.util.Objects;

/**
 * A library in the comparison and where its benchmark methods live. Every library writes the
 * catalogue workloads as methods of one class ({@code w1InsertOne}, {@code w3FindByKey},
 * {@code w4LoadRange}, {@code w5UpdateByKey}, {@code w6AuthorsWithPosts}, {@code w7FilteredPage},
 * {@code w8VirtualThreads}) and W2 as {@code w2InsertAll} in another, because W2 empties the table
 * before every invocation and the others must not.
 *
 * @param label      the column label in the report ({@code hibernate})
 * @param catalog    the class with the averaged workloads
 * @param insertMany the class with W2
 */
public record Library(String label, Class<?> catalog, Class<?> insertMany) {

    public Library {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(insertMany, "insertMany");
    }

    /** This library's contender for the workload whose method in {@link #catalog} is {@code method}. */
    public Contender onCatalog(String method) {
        return new Contender(label, catalog, method, Role.SUBJECT);
    }
}
