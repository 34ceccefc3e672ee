package dev.tusk.bench.peer.jooq;

import static dev.tusk.bench.peer.jooq.JooqItemTable.ITEM;

import dev.tusk.bench.data.InsertManyFixture;
import dev.tusk.bench.data.Item;
import dev.tusk.bench.data.ItemTable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W2 for jOOQ: insert {@link #rows} items into an empty table in one transaction and get them back
 * with their generated keys, in input order. Shaped like {@link dev.tusk.bench.bulk.InsertManyBenchmark}:
 * one invocation is one whole load ({@link Mode#SingleShotTime}), the table emptied before and checked
 * after it, outside the timing.
 *
 * <p>JMH subclasses benchmark classes, so this one cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JooqInsertMany extends InsertManyFixture {
    /**
     * Rows per statement. Seven bind values a row put 10,000 rows (70,000 values) past PostgreSQL's
     * 65,535 parameters a statement, and past that limit jOOQ silently inlines every value into the SQL
     * text instead of failing, so the load is cut in statements of 1,000 rows (7,000 values).
     * 5,000-row statements measured the same within noise.
     */
    static final int CHUNK_ROWS = 1_000;

    private DSLContext dsl;
    private List<Item> saved;

    @Override
    protected void openLibrary() {
        dsl = JooqContext.of(environment);
    }

    @Override
    protected void forgetSaved() {
        saved = null;
    }

    @Override
    protected void checkKeys(String contender) {
        ItemTable.expectKeys(environment, items, saved, contender);
    }

    /**
     * {@code transactionResult}, and in it one multi-row
     * {@code insertInto(ITEM, columns).values(..).values(..)...returningResult(ITEM.ID)} per
     * {@value #CHUNK_ROWS} rows, the keys paired with the input by position (PostgreSQL returns the rows
     * of {@code INSERT ... VALUES ... RETURNING} in {@code VALUES} order). jOOQ's batch API
     * ({@code batch(insert).bind(..)}, {@code batchInsert(records)}) cannot return generated keys
     * (jOOQ issues 3327 and 5668), so it does not answer W2; measured without keys it was no faster.
     * {@code valuesOfRows(row(..), ..)} measured the same; repeated {@code values(..)} is kept because it
     * binds each value with its column's data type rather than the type guessed from the Java value.
     */
    @Benchmark
    public List<Item> w2InsertAll() {
        saved = dsl.transactionResult(transaction -> {
            DSLContext inTransaction = transaction.dsl();
            List<Item> withKeys = new ArrayList<>(items.size());
            for (int from = 0; from < items.size(); from += CHUNK_ROWS) {
                List<Item> chunk = items.subList(from, Math.min(from + CHUNK_ROWS, items.size()));
                List<Long> keys = insertValues(inTransaction, chunk).returningResult(ITEM.ID).fetch(ITEM.ID);
                if (keys.size() != chunk.size()) {
                    throw new IllegalStateException("jOOQ returned " + keys.size() + " keys for " + chunk.size() + " rows");
                }
                for (int index = 0; index < chunk.size(); index++) {
                    withKeys.add(chunk.get(index).withId(keys.get(index)));
                }
            }
            return withKeys;
        });
        return saved;
    }

    private static InsertValuesStep7<JooqItemRecord, String, String, String, Integer, BigDecimal, OffsetDateTime, Boolean>
            insertValues(DSLContext context, List<Item> chunk) {
        var insert = context.insertInto(ITEM, ITEM.SKU, ITEM.NAME, ITEM.DESCRIPTION, ITEM.QUANTITY, ITEM.PRICE,
                ITEM.CREATED_AT, ITEM.ACTIVE);
        for (Item item : chunk) {
            insert = insert.values(item.sku(), item.name(), item.description(), item.quantity(), item.price(),
                    item.createdAt(), item.active());
        }
        return insert;
    }
}
