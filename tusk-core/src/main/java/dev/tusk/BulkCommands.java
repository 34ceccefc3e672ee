package dev.tusk;

import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.DatabaseException;
import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Call;
import dev.tusk.exec.Executor;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.query.Col;
import dev.tusk.render.BulkSql;
import dev.tusk.render.SqlStatement;
import dev.tusk.type.GenericTypes;
import dev.tusk.type.TypeCodec;
import dev.tusk.type.TypeUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inserts, upserts and updates of many entities: every row checked before any SQL, then one
 * statement per chunk of {@link RowBatch#CHUNK_ROWS} rows ({@link BulkSql}: each column one
 * {@code text[]} parameter spread by {@code unnest}), all chunks in one transaction, so a failure
 * anywhere writes nothing. Results come back in input order: records as new instances, class
 * instances changed in place (only once everything is committed).
 */
final class BulkCommands {
    private final Executor executor;
    private final EntityPlans plans;
    private final TypeCodec<?> textArray;
    private final Map<Class<?>, BulkSql> statements = new ConcurrentHashMap<>();
    private final Map<String, List<String>> constraintColumns = new ConcurrentHashMap<>();

    BulkCommands(Executor executor, EntityPlans plans) {
        this.executor = executor;
        this.plans = plans;
        this.textArray = plans.registry().find(TypeUsage.of(GenericTypes.listOf(String.class))).orElseThrow();
    }

    <T> List<T> insertAll(List<T> entities) {
        if (isEmpty(entities, "insertAll")) {
            return List.of();
        }
        RowBatch<T> batch = RowBatch.of(entities, plans, "insertAll");
        boolean[][] filled = batch.applyDefaultFactories();
        BitSet[] shapes = batch.leftToDatabase();
        batch.validate(row -> sent(batch.model(), shapes[row]));
        Object[][] returned = new Object[batch.size()][];
        executor.inTransaction(tx -> {
            RowBatch.byShape(shapes, batch.allRows()).forEach((shape, rows) -> {
                for (int[] chunk : RowBatch.chunks(rows)) {
                    insertChunk(tx, batch, shape, chunk, returned);
                }
            });
            return null;
        });
        List<T> saved = new ArrayList<>(batch.size());
        for (int row = 0; row < batch.size(); row++) {
            saved.add(inserted(batch, row, filled[row], shapes[row], returned[row]));
        }
        return saved;
    }

    private <T> void insertChunk(Executor tx, RowBatch<T> batch, BitSet shape, int[] rows, Object[][] returned) {
        EntityModel<T> model = batch.model();
        List<PropertyModel> sent = sent(model, shape);
        List<PropertyModel> back = model.properties().stream().filter(property -> shape.get(property.slot())).toList();
        List<Object> params = sent.isEmpty() ? List.of(rows.length) : batch.columnArrays(rows, sent);
        Call call = arrayCall("insertAll", model.type(), statements(model.type()).insert(shape), params, sent);
        long count;
        try {
            count = back.isEmpty() ? tx.update(call) : tx.query(call, result -> {
                List<Object[]> read = new ArrayList<>(rows.length);
                while (result.next() && read.size() < rows.length) {
                    Object[] values = new Object[model.properties().size()];
                    for (int column = 0; column < back.size(); column++) {
                        values[back.get(column).slot()] = batch.plan().codec(back.get(column)).read(result, column + 1);
                    }
                    returned[rows[read.size()]] = values;
                    read.add(values);
                }
                return read;
            }).size();
        } catch (ConstraintViolationException violation) {
            throw ViolationLocator.locate(violation, batch, rows, sent);
        }
        if (count != rows.length) {
            throw new DatabaseException("insertAll sent " + rows.length + " rows but the database inserted " + count
                    + " (a BEFORE INSERT trigger returning NULL?); nothing was written",
                    ErrorContext.of(model.type(), "insertAll"), null);
        }
    }

    /** The row's entity with its factory values and the values the database filled. */
    private static <T> T inserted(RowBatch<T> batch, int row, boolean[] filled, BitSet omitted, Object[] returned) {
        Object[] values = batch.values(row);
        Object[] changes = new Object[values.length];
        boolean[] changed = new boolean[values.length];
        boolean any = false;
        for (int slot = 0; slot < values.length; slot++) {
            if (omitted.get(slot)) {
                changes[slot] = returned[slot];
                changed[slot] = any = true;
            } else if (filled[slot]) {
                changes[slot] = values[slot];
                changed[slot] = any = true;
            }
        }
        return any ? batch.model().with(batch.entity(row), changes, changed) : batch.entity(row);
    }

    <T> Upserted<T> upsert(T entity, Conflict conflict) {
        if (entity == null) {
            throw new ValidationException("entity must not be null", ErrorContext.of(null, "upsert"), null);
        }
        return upsertAll(List.of(entity), conflict, "upsert").get(0);
    }

    <T> List<Upserted<T>> upsertAll(List<T> entities, Conflict conflict) {
        return upsertAll(entities, conflict, "upsertAll");
    }

    private <T> List<Upserted<T>> upsertAll(List<T> entities, Conflict conflict, String operation) {
        if (conflict == null) {
            throw new ValidationException("conflict must not be null: pass Conflict.on(...) or Conflict.onConstraint(...)",
                    ErrorContext.of(null, operation), null);
        }
        if (isEmpty(entities, operation)) {
            return List.of();
        }
        RowBatch<T> batch = RowBatch.of(entities, plans, operation);
        EntityModel<T> model = batch.model();
        batch.applyDefaultFactories();
        BitSet[] shapes = batch.leftToDatabase();
        batch.validate(row -> sent(model, shapes[row]));
        ConflictPlan plan = ConflictPlan.resolve(conflict, model, operation, name -> constraintColumns(model, name));
        batch.requireValues(plan.target(), "an upsert needs every row's conflict key");
        requireSent(batch, shapes, plan.target());
        int[] kept = BatchKeys.distinct(batch, plan);
        UpsertRows<T> stored = new UpsertRows<>(batch);
        executor.inTransaction(tx -> {
            RowBatch.byShape(shapes, kept).forEach((shape, rows) -> {
                for (int[] chunk : RowBatch.chunks(rows)) {
                    upsertChunk(tx, batch, plan, shape, chunk, stored);
                }
            });
            return null;
        });
        return stored.results();
    }

    private <T> void upsertChunk(Executor tx, RowBatch<T> batch, ConflictPlan plan, BitSet shape, int[] rows,
                                 UpsertRows<T> stored) {
        EntityModel<T> model = batch.model();
        List<PropertyModel> sent = sent(model, shape);
        BulkSql.Upsert upsert = new BulkSql.Upsert(shape, plan.target(), plan.constraint(), plan.set(model, shape),
                plan.where());
        var rendered = statements(model.type()).upsert(upsert, batch.columnArrays(rows, sent), textArray);
        // not marked validated: the condition's values still need their codecs' checks
        Call call = new Call(batch.operation(), model.type(), rendered.statement(), rendered.codecs(), rendered.names());
        int count;
        try {
            count = tx.query(call, result -> stored.read(result, rows)).size();
        } catch (ConstraintViolationException violation) {
            throw ViolationLocator.locate(violation, batch, rows, sent);
        }
        if (count != rows.length) {
            throw new DatabaseException(batch.operation() + " sent " + rows.length + " rows but " + count
                    + " came back; nothing was written", ErrorContext.of(model.type(), batch.operation()), null);
        }
    }

    <T> List<T> updateAll(List<T> entities, Col<? super T, ?>[] columns) {
        if (columns == null) {
            throw new ValidationException("columns must not be null", ErrorContext.of(null, "updateAll"), null);
        }
        if (isEmpty(entities, "updateAll")) {
            return List.of();
        }
        RowBatch<T> batch = RowBatch.of(entities, plans, "updateAll");
        EntityModel<T> model = batch.model();
        BitSet set = EntityValues.columnsToSet(model, fieldNames(columns), "updateAll");
        if (set.isEmpty() && model.version().isEmpty()) {
            throw new ValidationException(model.type().getSimpleName() + " has no column to update: name the columns",
                    ErrorContext.of(model.type(), "updateAll"), null);
        }
        BulkSql sql = statements(model.type());
        List<PropertyModel> sent = sql.updateSent(set);
        batch.requireValues(model.keys(), "updateAll writes rows by key (insert it first)");
        // named columns: Jakarta checks only those properties (the others stay as stored); none: whole entities
        List<PropertyModel> named = columns.length == 0 ? null
                : set.stream().mapToObj(slot -> model.properties().get(slot)).toList();
        batch.validate(row -> sent, named);
        BatchKeys.requireDistinct(batch, model.keys());
        executor.inTransaction(tx -> {
            for (int[] chunk : RowBatch.chunks(batch.allRows())) {
                Call call = arrayCall("updateAll", model.type(), sql.update(set), batch.columnArrays(chunk, sent), sent);
                List<Integer> changed;
                try {
                    changed = tx.query(call, StaleRows::changedOrdinals);
                } catch (ConstraintViolationException violation) {
                    throw ViolationLocator.locate(violation, batch, chunk, sent);
                }
                StaleRows.check(batch, chunk, changed);
            }
            return null;
        });
        List<T> updated = new ArrayList<>(batch.size());
        for (int row = 0; row < batch.size(); row++) {
            updated.add(EntityValues.withNextVersion(model, batch.entity(row), batch.values(row)));
        }
        return updated;
    }

    /** Throws when a row leaves a conflict column to the database (a primitive {@code @Generated} key left at 0). */
    private static void requireSent(RowBatch<?> batch, BitSet[] shapes, List<PropertyModel> target) {
        for (int row = 0; row < shapes.length; row++) {
            for (PropertyModel property : target) {
                if (shapes[row].get(property.slot())) {
                    throw new ValidationException("row " + row + ": " + batch.model().type().getSimpleName() + "."
                            + property.name() + " is left to the database, but an upsert needs every row's conflict key",
                            ErrorContext.of(batch.model().type(), batch.operation()), null);
                }
            }
        }
    }

    /** A call whose parameters are the column arrays (or a row count) of a bulk statement, already validated. */
    private Call arrayCall(String operation, Class<?> type, String sql, List<Object> params, List<PropertyModel> sent) {
        TypeCodec<?>[] codecs = new TypeCodec<?>[params.size()];
        String[] names = new String[params.size()];
        for (int index = 0; index < sent.size(); index++) {
            codecs[index] = textArray;
            names[index] = sent.get(index).column();
        }
        return new Call(operation, type, new SqlStatement(sql, params), codecs, names).asValidated();
    }

    /** The columns of a constraint, looked up once per table and name (a read, outside the transaction). */
    private List<String> constraintColumns(EntityModel<?> model, String name) {
        String key = model.qualifiedTable() + '\u0000' + name;
        List<String> known = constraintColumns.get(key);
        if (known != null) {
            return known;
        }
        Call call = Call.of("upsert", model.type(), SqlStatement.of(BulkSql.CONSTRAINT_COLUMNS, model.qualifiedTable(),
                name));
        List<String> columns = executor.query(call, rows -> {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return List.copyOf(names);
        });
        if (columns.isEmpty()) {
            throw new ValidationException("table " + model.qualifiedTable() + " has no unique or primary key constraint"
                    + " named " + name + ": name one of its constraints, or use Conflict.on(columns...)",
                    ErrorContext.of(model.type(), "upsert"), null);
        }
        constraintColumns.putIfAbsent(key, columns);
        return columns;
    }

    private BulkSql statements(Class<?> type) {
        return statements.computeIfAbsent(type, entity -> new BulkSql(plans, entity));
    }

    /** The properties an insert of this shape sends: all but the omitted ones, in table order. */
    private static List<PropertyModel> sent(EntityModel<?> model, BitSet omitted) {
        return model.properties().stream().filter(property -> !omitted.get(property.slot())).toList();
    }

    private static String[] fieldNames(Col<?, ?>[] columns) {
        return Arrays.stream(columns).map(column -> {
            if (column == null) {
                throw new ValidationException("updateAll(...) columns must not be null");
            }
            return column.name();
        }).toArray(String[]::new);
    }

    private static boolean isEmpty(List<?> entities, String operation) {
        if (entities == null) {
            throw new ValidationException("entities must not be null", ErrorContext.of(null, operation), null);
        }
        return entities.isEmpty();
    }
}
