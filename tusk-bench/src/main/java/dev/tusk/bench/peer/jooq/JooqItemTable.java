package dev.tusk.bench.peer.jooq;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jooq.Identity;
import org.jooq.Schema;
import org.jooq.TableField;
import org.jooq.TableOptions;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code tusk_bench.item} ({@link dev.tusk.bench.data.ItemTable#CREATE}), written by hand as
 * jOOQ's code generator would write it for PostgreSQL: one reference instance {@link #ITEM}, a typed
 * {@link TableField} per column with the data type the generator maps it to ({@code text} to
 * {@code CLOB}, {@code timestamptz} to {@code TIMESTAMPWITHTIMEZONE(6)}), the identity and the primary
 * key, and {@link JooqItemRecord} as the record type so that fetched rows are {@code UpdatableRecord}s.
 * Aliasing and implicit-join paths, which the generator also writes, are left out: no workload uses them.
 */
public final class JooqItemTable extends TableImpl<JooqItemRecord> {
    /** The reference instance of {@code tusk_bench.item}. */
    public static final JooqItemTable ITEM = new JooqItemTable();

    public final TableField<JooqItemRecord, Long> ID =
            createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false).identity(true), this, "");
    public final TableField<JooqItemRecord, String> SKU =
            createField(DSL.name("sku"), SQLDataType.CLOB.nullable(false), this, "");
    public final TableField<JooqItemRecord, String> NAME =
            createField(DSL.name("name"), SQLDataType.CLOB.nullable(false), this, "");
    public final TableField<JooqItemRecord, String> DESCRIPTION =
            createField(DSL.name("description"), SQLDataType.CLOB, this, "");
    public final TableField<JooqItemRecord, Integer> QUANTITY =
            createField(DSL.name("quantity"), SQLDataType.INTEGER.nullable(false), this, "");
    public final TableField<JooqItemRecord, BigDecimal> PRICE =
            createField(DSL.name("price"), SQLDataType.NUMERIC(12, 2).nullable(false), this, "");
    public final TableField<JooqItemRecord, OffsetDateTime> CREATED_AT =
            createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE(6).nullable(false), this, "");
    public final TableField<JooqItemRecord, Boolean> ACTIVE =
            createField(DSL.name("active"), SQLDataType.BOOLEAN.nullable(false), this, "");

    /** Built after the fields it names; the generator keeps keys in a {@code Keys} class for the same reason. */
    private final UniqueKey<JooqItemRecord> primaryKey =
            Internal.createUniqueKey(this, DSL.name("item_pkey"), new TableField[] {ID}, true);

    private JooqItemTable() {
        super(DSL.name("item"), null, null, null, DSL.comment(""), TableOptions.table(), null);
    }

    @Override
    public Class<JooqItemRecord> getRecordType() {
        return JooqItemRecord.class;
    }

    @Override
    public Schema getSchema() {
        return aliased() ? null : TuskBenchSchema.TUSK_BENCH;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Identity<JooqItemRecord, Long> getIdentity() {
        return (Identity<JooqItemRecord, Long>) super.getIdentity();
    }

    @Override
    public UniqueKey<JooqItemRecord> getPrimaryKey() {
        return primaryKey;
    }
}
