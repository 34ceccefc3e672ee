package dev.tusk.bench.peer.jooq;

import java.util.List;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SchemaImpl;

/**
 * The {@code tusk_bench} schema, written by hand the way jOOQ's code generator writes a schema class:
 * one reference instance, and the tables it holds. The tables name it as their schema, so jOOQ renders
 * qualified names ({@code "tusk_bench"."item"}) just as it would from generated code.
 */
public final class TuskBenchSchema extends SchemaImpl {
    /** The reference instance of {@code tusk_bench}. */
    public static final TuskBenchSchema TUSK_BENCH = new TuskBenchSchema();

    private TuskBenchSchema() {
        super(DSL.name("tusk_bench"), null, DSL.comment(""));
    }

    @Override
    public List<Table<?>> getTables() {
        return List.of(JooqItemTable.ITEM, JooqAuthorTable.BENCH_AUTHOR, JooqPostTable.BENCH_POST);
    }
}
