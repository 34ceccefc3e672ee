package dev.tusk;

import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.ValidationException;
import dev.tusk.exception.Violation;
import dev.tusk.mapping.BeanCheck;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of one COPY, read lazily from the caller's iterator, one value array per row:
 * each entity's values, {@code @DefaultFactory} values for its null fields, the column-list rule,
 * and the entity's checks, before any of its bytes are written. From the second row on, the text
 * checks (NUL, lone surrogate) run in the encoder's single pass over the string instead; a refused
 * row cancels the COPY all the same.
 *
 * <p>The column-list rule: a COPY names its columns once, so the first row decides. A
 * {@code @Generated} or {@code @Default} field left unset in the first row (null, or zero for a
 * primitive {@code @Generated} number) leaves its column out: the database fills it for every row.
 * Set in the first row, the column is sent for every row. A later row that differs is refused with
 * a {@link ValidationException} naming it, rather than storing NULL or dropping a value.
 *
 * @param <T> the entity type
 */
final class CopyRows<T> {
    private final CopyPlan<T> plan;
    private final EntityModel<T> model;
    private final Iterator<? extends T> source;
    private final List<PropertyModel> properties;
    private Object[] values;
    private boolean[] sent;
    private List<PropertyModel> columns;
    private long index = -1;

    CopyRows(CopyPlan<T> plan, Iterator<? extends T> source) {
        this.plan = plan;
        this.model = plan.model();
        this.source = source;
        this.properties = model.properties();
    }

    boolean hasNext() {
        return source.hasNext();
    }

    /**
     * The next row's values, by slot, checked.
     *
     * @throws ValidationException naming the row index when the row is null, breaks the column-list
     *                             rule or fails the entity's checks
     */
    Object[] next() {
        index++;
        T entity = source.next();
        if (entity == null) {
            throw invalid("row " + index + " is null; every row must be a " + model.type().getSimpleName(), null);
        }
        values = model.values(entity);
        if (plan.hasFactories()) {
            model.applyDefaultFactories(values);
        }
        if (sent == null) {
            decideColumns();
        } else {
            checkColumns();
        }
        try {
            // Row 0 gets every check, so a bad first row sends no SQL; later rows leave the text checks to the encoder.
            plan.entityPlan().validate(values, columns, "copy", BeanCheck.entity(entity),
                    index == 0 ? null : plan.checkedWhileWriting());
        } catch (ValidationException problem) {
            List<Violation> violations = problem.violations().stream().map(found -> found.atRow(index)).toList();
            throw new ValidationException("row " + index + ": " + problem.reason(), ErrorContext.of(model.type(), "copy"),
                    problem, violations);
        }
        return values;
    }

    /** The COPY's columns, in table order; known after the first {@link #next}. */
    List<PropertyModel> columns() {
        return columns;
    }

    private void decideColumns() {
        sent = new boolean[values.length];
        List<PropertyModel> chosen = new ArrayList<>(values.length);
        for (PropertyModel property : properties) {
            sent[property.slot()] = !property.databaseFills() || !property.isUnset(values[property.slot()]);
            if (sent[property.slot()]) {
                chosen.add(property);
            }
        }
        columns = List.copyOf(chosen);
    }

    private void checkColumns() {
        for (PropertyModel property : plan.databaseFilled()) {
            boolean set = !property.isUnset(values[property.slot()]);
            if (set != sent[property.slot()]) {
                throw invalid("row " + index + ": " + model.type().getSimpleName() + "." + property.name() + " is "
                        + (set ? "set" : "unset") + " but was " + (set ? "unset" : "set") + " in row 0; a COPY has"
                        + " one column list, decided by the first row (an unset @Generated or @Default field leaves"
                        + " its column to the database): set " + property.name() + " in every row or in none", null);
            }
        }
    }

    private ValidationException invalid(String reason, Throwable cause) {
        return new ValidationException(reason, ErrorContext.of(model.type(), "copy"), cause);
    }
}
