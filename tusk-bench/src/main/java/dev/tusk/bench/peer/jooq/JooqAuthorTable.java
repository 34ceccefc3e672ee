package dev.tusk.bench.peer.jooq;

import org.jooq.Record;
import org.jooq.Schema;
import org.jooq.TableField;
import org.jooq.TableOptions;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code tusk_bench.bench_author} of W6 ({@link dev.tusk.bench.data.BlogTables}), written by
 * hand as jOOQ's code generator would write it: a reference instance, typed fields, the primary key.
 * Its rows are only ever read into {@link dev.tusk.bench.data.BenchAuthor} through a record mapper, so
 * it keeps jOOQ's generic {@link Record} instead of a generated record class.
 */
public final class JooqAuthorTable extends TableImpl<Record> {
    /** The reference instance of {@code tusk_bench.bench_author}. */
    public static final JooqAuthorTable BENCH_AUTHOR = new JooqAuthorTable();

    public final TableField<Record, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<Record, String> NAME =
            createField(DSL.name("name"), SQLDataType.CLOB.nullable(false), this, "");

    private final UniqueKey<Record> primaryKey =
            Internal.createUniqueKey(this, DSL.name("bench_author_pkey"), new TableField[] {ID}, true);

    private JooqAuthorTable() {
        super(DSL.name("bench_author"), null, null, null, DSL.comment(""), TableOptions.table(), null);
    }

    @Override
    public Schema getSchema() {
        return aliased() ? null : TuskBenchSchema.TUSK_BENCH;
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey;
    }
}
