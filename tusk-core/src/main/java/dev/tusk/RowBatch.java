package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.mapping.BeanCheck;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The rows of one bulk call, checked before any SQL: one entity class, no null row, every row's
 * values read once by slot. Knows how to group rows by the columns they leave to the database,
 * cut them into chunks, and turn a chunk's column into the text array that carries it.
 *
 * @param <T> the entity type
 */
final class RowBatch<T> {
    /** Rows per statement: bounds the size of one statement's arrays; measured no slower than larger chunks. */
    static final int CHUNK_ROWS = 5_000;
    private static final int ROWS_NAMED = 5;

    private final EntityPlan<T> plan;
    private final List<T> entities;
    private final Object[][] values;
    private final String operation;

    private RowBatch(EntityPlan<T> plan, List<T> entities, Object[][] values, String operation) {
        this.plan = plan;
        this.entities = entities;
        this.values = values;
        this.operation = operation;
    }

    /** Reads every row; throws {@link ValidationException} for a null list or row, or rows of different classes. */
    static <T> RowBatch<T> of(List<T> entities, EntityPlans plans, String operation) {
        if (entities == null) {
            throw new ValidationException("entities must not be null", ErrorContext.of(null, operation), null);
        }
        List<T> rows = new ArrayList<>(entities);
        @SuppressWarnings("unchecked")
        Class<T> type = rows.get(0) == null ? null : (Class<T>) rows.get(0).getClass();
        for (int row = 0; row < rows.size(); row++) {
            T entity = rows.get(row);
            if (entity == null) {
                throw new ValidationException("row " + row + " is null: " + operation + " takes no null entities",
                        ErrorContext.of(type, operation), null);
            }
            if (entity.getClass() != type) {
                throw new ValidationException("row " + row + " is a " + entity.getClass().getSimpleName() + ", row 0 a "
                        + type.getSimpleName() + ": " + operation + " takes entities of one class per call",
                        ErrorContext.of(type, operation), null);
            }
        }
        EntityPlan<T> plan = plans.of(type);
        plan.model().requireKey(operation);
        Object[][] values = new Object[rows.size()][];
        for (int row = 0; row < values.length; row++) {
            values[row] = plan.model().values(rows.get(row));
        }
        return new RowBatch<>(plan, rows, values, operation);
    }

    EntityPlan<T> plan() {
        return plan;
    }

    EntityModel<T> model() {
        return plan.model();
    }

    String operation() {
        return operation;
    }

    int size() {
        return entities.size();
    }

    T entity(int row) {
        return entities.get(row);
    }

    Object[] values(int row) {
        return values[row];
    }

    /** Runs every {@code @DefaultFactory} for the rows' null fields; returns, per row, which slots it filled. */
    boolean[][] applyDefaultFactories() {
        boolean[][] filled = new boolean[values.length][];
        for (int row = 0; row < values.length; row++) {
            filled[row] = model().applyDefaultFactories(values[row]);
        }
        return filled;
    }

    /** Per row, the slots an insert leaves to the database. */
    BitSet[] leftToDatabase() {
        BitSet[] shapes = new BitSet[values.length];
        for (int row = 0; row < values.length; row++) {
            shapes[row] = EntityValues.leftToDatabase(model(), values[row]);
        }
        return shapes;
    }

    /**
     * Checks every whole row: its {@code written} values ({@link EntityPlan#validate}) and the entity
     * (Jakarta Validation). One exception names the failing rows by index (the first few in full) and
     * carries every violation of every row, before any SQL is sent.
     */
    void validate(IntFunction<List<PropertyModel>> written) {
        validate(written, null);
    }

    /**
     * {@link #validate(IntFunction)} for a write of some columns only: the entity validator checks only
     * the properties {@code named}; null checks whole entities.
     */
    void validate(IntFunction<List<PropertyModel>> written, List<PropertyModel> named) {
        List<String> problems = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        int failing = 0;
        for (int row = 0; row < values.length; row++) {
            T entity = entities.get(row);
            BeanCheck check = named == null ? BeanCheck.entity(entity) : BeanCheck.properties(entity, named);
            try {
                plan.validate(values[row], written.apply(row), operation, check);
            } catch (ValidationException invalid) {
                if (failing++ < ROWS_NAMED) {
                    problems.add("row " + row + ": " + invalid.reason());
                }
                for (Violation violation : invalid.violations()) {
                    violations.add(violation.atRow(row));
                }
            }
        }
        if (failing > 0) {
            throw new ValidationException(String.join("; ", problems)
                    + (failing > ROWS_NAMED ? "; and " + (failing - ROWS_NAMED) + " more rows" : ""),
                    ErrorContext.of(model().type(), operation), null, violations);
        }
    }

    /** Throws naming the first rows where one of {@code required} is null, as a bulk write needs them. */
    void requireValues(List<PropertyModel> required, String why) {
        for (int row = 0; row < values.length; row++) {
            for (PropertyModel property : required) {
                if (values[row][property.slot()] == null) {
                    throw new ValidationException("row " + row + ": " + model().type().getSimpleName() + "."
                            + property.name() + " is null; " + why, ErrorContext.of(model().type(), operation), null);
                }
            }
        }
    }

    /** The PostgreSQL text of one value, as the arrays carry it and as server messages show it; null for NULL. */
    String text(int row, PropertyModel property) {
        Object value = values[row][property.slot()];
        return value == null ? null : plan.codec(property).format(value);
    }

    /** One list per column of {@code sent}: the rows' values as text, for one {@code text[]} parameter each. */
    List<Object> columnArrays(int[] rows, List<PropertyModel> sent) {
        List<Object> arrays = new ArrayList<>(sent.size());
        for (PropertyModel property : sent) {
            List<String> column = new ArrayList<>(rows.length);
            for (int row : rows) {
                column.add(text(row, property));
            }
            arrays.add(column);
        }
        return arrays;
    }

    /** {@code email=a@x.io, tenant=7}: the values of {@code properties} in one row, for messages. */
    String describe(int row, List<PropertyModel> properties) {
        StringBuilder text = new StringBuilder();
        for (PropertyModel property : properties) {
            text.append(text.isEmpty() ? "" : ", ").append(property.name()).append('=')
                    .append(values[row][property.slot()]);
        }
        return text.toString();
    }

    /** Rows grouped by shape, each group in input order, groups in order of first appearance. */
    static Map<BitSet, int[]> byShape(BitSet[] shapes, int[] rows) {
        Map<BitSet, List<Integer>> groups = new LinkedHashMap<>();
        for (int row : rows) {
            groups.computeIfAbsent(shapes[row], shape -> new ArrayList<>()).add(row);
        }
        Map<BitSet, int[]> result = new LinkedHashMap<>();
        groups.forEach((shape, members) -> result.put(shape, members.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    /** {@code rows} cut into chunks of at most {@link #CHUNK_ROWS}. */
    static List<int[]> chunks(int[] rows) {
        List<int[]> chunks = new ArrayList<>();
        for (int from = 0; from < rows.length; from += CHUNK_ROWS) {
            chunks.add(Arrays.copyOfRange(rows, from, Math.min(rows.length, from + CHUNK_ROWS)));
        }
        return chunks;
    }

    /** 0, 1, ..., size - 1. */
    int[] allRows() {
        int[] rows = new int[values.length];
        Arrays.setAll(rows, row -> row);
        return rows;
    }
}
