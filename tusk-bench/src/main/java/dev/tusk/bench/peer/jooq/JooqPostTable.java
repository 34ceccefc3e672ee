package dev.tusk.bench.peer.jooq;

import java.util.List;
import org.jooq.ForeignKey;
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
 * The table {@code tusk_bench.bench_post} of W6 ({@link dev.tusk.bench.data.BlogTables}), written by
 * hand as jOOQ's code generator would write it: a reference instance, typed fields, the primary key and
 * the foreign key to {@link JooqAuthorTable}. Like the author table it keeps the generic {@link Record}.
 */
public final class JooqPostTable extends TableImpl<Record> {
    /** The reference instance of {@code tusk_bench.bench_post}. */
    public static final JooqPostTable BENCH_POST = new JooqPostTable();

    public final TableField<Record, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<Record, Long> AUTHOR_ID =
            createField(DSL.name("author_id"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<Record, String> TITLE =
            createField(DSL.name("title"), SQLDataType.CLOB.nullable(false), this, "");
    public final TableField<Record, String> BODY =
            createField(DSL.name("body"), SQLDataType.CLOB.nullable(false), this, "");

    private final UniqueKey<Record> primaryKey =
            Internal.createUniqueKey(this, DSL.name("bench_post_pkey"), new TableField[] {ID}, true);
    private final ForeignKey<Record, Record> authorForeignKey = Internal.createForeignKey(this,
            DSL.name("bench_post_author_id_fkey"), new TableField[] {AUTHOR_ID},
            JooqAuthorTable.BENCH_AUTHOR.getPrimaryKey(), new TableField[] {JooqAuthorTable.BENCH_AUTHOR.ID}, true);

    private JooqPostTable() {
        super(DSL.name("bench_post"), null, null, null, DSL.comment(""), TableOptions.table(), null);
    }

    @Override
    public Schema getSchema() {
        return aliased() ? null : TuskBenchSchema.TUSK_BENCH;
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey;
    }

    @Override
    public List<ForeignKey<Record, ?>> getReferences() {
        return List.of(authorForeignKey);
    }
}
