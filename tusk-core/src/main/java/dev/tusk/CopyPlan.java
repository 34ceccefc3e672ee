package dev.tusk;

import dev.tusk.exception.MappingException;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.type.BinaryEncoder;
import dev.tusk.type.BinaryEncoders;
import dev.tusk.type.CodecRegistry;
import dev.tusk.type.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one entity is copied: a binary encoder per property, chosen once from the property's codec
 * (so a type COPY cannot write is refused before any SQL, naming the field), and, once the table's
 * column types have been read, the encoders fitted to them (array element OIDs, type checks).
 *
 * @param <T> the entity type
 */
final class CopyPlan<T> {
    private final EntityPlan<T> plan;
    private final BinaryEncoder<Object>[] encoders;
    private final List<PropertyModel> databaseFilled;
    private final boolean hasFactories;
    private final boolean[] checkedWhileWriting;
    /** The encoders fitted to the table, by slot, or null until the table has been read (again). */
    private volatile Fitted fitted;

    /** Per slot, the fitted encoder or, when the column does not take the encoder's bytes, why. */
    private record Fitted(BinaryEncoder<Object>[] encoders, String[] problems) {}

    @SuppressWarnings("unchecked")
    private CopyPlan(EntityPlan<T> plan, BinaryEncoder<Object>[] encoders) {
        this.plan = plan;
        this.encoders = encoders;
        this.databaseFilled = plan.model().properties().stream().filter(PropertyModel::databaseFills).toList();
        this.hasFactories = plan.model().properties().stream().anyMatch(property -> property.defaultFactory() != null);
        this.checkedWhileWriting = new boolean[encoders.length];
        for (PropertyModel property : plan.model().properties()) {
            checkedWhileWriting[property.slot()] = BinaryEncoders.checksWhileWriting(plan.codec(property),
                    encoders[property.slot()]);
        }
    }

    /**
     * Plans an entity for COPY.
     *
     * @throws MappingException when it is no table entity, or naming every field whose type binary COPY cannot write
     */
    @SuppressWarnings("unchecked")
    static <T> CopyPlan<T> of(EntityPlan<T> plan, CodecRegistry registry) {
        EntityModel<T> model = plan.model();
        if (!model.isTable()) {
            throw new MappingException(model.type().getName() + " is not a table entity, so it cannot be copied:"
                    + " add @Table to the class");
        }
        BinaryEncoder<Object>[] encoders = new BinaryEncoder[model.properties().size()];
        List<String> refused = new ArrayList<>();
        for (PropertyModel property : model.properties()) {
            try {
                encoders[property.slot()] = BinaryEncoders.of(plan.codec(property), property.usage(), registry);
            } catch (MappingException cannot) {
                refused.add(describe(model, property) + " (" + property.type().getTypeName() + " as "
                        + plan.codec(property).sqlType() + "): " + cannot.reason());
            }
        }
        if (!refused.isEmpty()) {
            throw new MappingException("binary COPY cannot write " + String.join("; ", refused));
        }
        return new CopyPlan<>(plan, encoders);
    }

    EntityPlan<T> entityPlan() {
        return plan;
    }

    EntityModel<T> model() {
        return plan.model();
    }

    /** The properties whose column the database fills when the value is unset ({@code @Generated}, {@code @Default}). */
    List<PropertyModel> databaseFilled() {
        return databaseFilled;
    }

    boolean hasFactories() {
        return hasFactories;
    }

    /**
     * Per slot, whether the encoder makes the codec's checks as it writes, so the row check leaves
     * them out. Fitting to the table keeps this true: a text encoder fits a column as itself.
     */
    boolean[] checkedWhileWriting() {
        return checkedWhileWriting;
    }

    /** Whether the table's column types are known (read since the last {@link #forgetTable}). */
    boolean knowsTable() {
        return fitted != null;
    }

    /** Fits every encoder to the table's columns, by column name; an empty map (no table) fits nothing. */
    @SuppressWarnings("unchecked")
    void learnTable(Map<String, ColumnType> columns) {
        if (columns.isEmpty()) {
            return;
        }
        List<PropertyModel> properties = model().properties();
        BinaryEncoder<Object>[] fittedEncoders = new BinaryEncoder[properties.size()];
        String[] problems = new String[properties.size()];
        for (PropertyModel property : properties) {
            ColumnType column = columns.get(property.column());
            BinaryEncoder<Object> encoder = encoders[property.slot()];
            if (column == null) {
                problems[property.slot()] = "table " + model().qualifiedTable() + " has no column \"" + property.column()
                        + "\" for " + describe(model(), property);
                continue;
            }
            fittedEncoders[property.slot()] = encoder.forColumn(column).orElse(null);
            if (fittedEncoders[property.slot()] == null) {
                problems[property.slot()] = describe(model(), property) + " is written as " + encoder.typeName()
                        + " but column \"" + property.column() + "\" is " + column.describe()
                        + "; binary COPY sends the mapped type exactly: make the field's type match the column";
            }
        }
        fitted = new Fitted(fittedEncoders, problems);
    }

    /** Forgets the table's column types, so the next COPY reads them again (after the table changed). */
    void forgetTable() {
        fitted = null;
    }

    /**
     * The encoders for {@code columns}, fitted to the table when its types are known.
     *
     * @throws MappingException naming each column whose type does not take the field's bytes
     */
    @SuppressWarnings("unchecked")
    BinaryEncoder<Object>[] encodersFor(List<PropertyModel> columns) {
        Fitted known = fitted;
        BinaryEncoder<Object>[] chosen = new BinaryEncoder[columns.size()];
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < chosen.length; index++) {
            int slot = columns.get(index).slot();
            if (known == null) {
                chosen[index] = encoders[slot];
            } else if (known.problems()[slot] != null) {
                problems.add(known.problems()[slot]);
            } else {
                chosen[index] = known.encoders()[slot];
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingException("binary COPY cannot write " + model().type().getSimpleName() + ": "
                    + String.join("; ", problems));
        }
        return chosen;
    }

    private static String describe(EntityModel<?> model, PropertyModel property) {
        return model.type().getSimpleName() + "." + property.name();
    }
}
