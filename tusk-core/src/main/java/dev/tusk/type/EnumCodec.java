package dev.tusk.type;

import dev.tusk.annotation.EnumLabel;
import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.ValidationException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A Java enum to its label, stored in a PostgreSQL enum type ({@code @Enumerated(type = "mood")}) or,
 * without one, in {@code text}. A constant's label is its {@link EnumLabel} value when annotated
 * (Pagila's {@code @EnumLabel("PG-13") PG_13}), else its {@code name()}. Bound as the label with
 * {@code Types.OTHER}, so the server takes it as the column's enum (or text) type; read with
 * {@code getString}.
 *
 * <p>Edge cases: a label in the database that no constant carries (an enum value added in SQL but not
 * in Java) throws {@link ValidationException} naming the enum class, the label and the known labels.
 * Two constants with the same label are a {@link ConfigurationException} when the codec is made.
 * Labels are case-sensitive, as in PostgreSQL. Stored in an enum type, a constant whose label is
 * longer than 63 bytes (PostgreSQL's limit for enum labels) cannot be in that type: {@link #validate}
 * refuses it before SQL. Whether the type holds a given label is the server's to say.
 *
 * @param <E> the enum class
 */
final class EnumCodec<E extends Enum<E>> implements TypeCodec<E> {
    /** NAMEDATALEN - 1: the longest label {@code CREATE TYPE ... AS ENUM} accepts. */
    private static final int MAX_LABEL_BYTES = 63;

    private final Class<E> enumClass;
    private final String sqlType;
    private final Map<E, String> labels;
    private final Map<String, E> constants;
    private final Map<E, String> unstorable;

    EnumCodec(Class<E> enumClass, String sqlType) {
        this.enumClass = enumClass;
        this.sqlType = sqlType;
        this.labels = new EnumMap<>(enumClass);
        this.constants = new HashMap<>();
        for (E constant : enumClass.getEnumConstants()) {
            String label = labelOf(constant);
            E previous = constants.put(label, constant);
            if (previous != null) {
                throw new ConfigurationException("enum " + enumClass.getName() + " maps both " + previous.name()
                        + " and " + constant.name() + " to the label '" + label + "'; give each a distinct @EnumLabel");
            }
            labels.put(constant, label);
        }
        this.unstorable = new EnumMap<>(enumClass);
        if (!SqlTypeName.isCharacterType(SqlTypeName.canonical(sqlType))) {
            labels.forEach((constant, label) -> {
                int bytes = label.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_LABEL_BYTES) {
                    unstorable.put(constant, enumClass.getSimpleName() + "." + constant.name() + " has the label '" + label
                            + "' of " + bytes + " bytes, and a PostgreSQL enum label holds at most " + MAX_LABEL_BYTES
                            + ", so " + sqlType + " cannot have it: give the constant a shorter @EnumLabel");
                }
            });
        }
    }

    private static String labelOf(Enum<?> constant) {
        try {
            EnumLabel label = constant.getDeclaringClass().getField(constant.name()).getAnnotation(EnumLabel.class);
            return label == null ? constant.name() : label.value();
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException("enum constant without a field: " + constant, impossible);
        }
    }

    @Override
    public String sqlType() {
        return sqlType;
    }

    @Override
    public void validate(E value) {
        String problem = unstorable.get(value);
        if (problem != null) {
            throw new ValidationException(problem);
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, E value) throws SQLException {
        statement.setObject(index, labels.get(value), Types.OTHER);
    }

    @Override
    public E read(ResultSet rows, int column) throws SQLException {
        String label = rows.getString(column);
        return label == null ? null : parse(label);
    }

    @Override
    public String format(E value) {
        return labels.get(value);
    }

    @Override
    public E parse(String text) {
        E constant = constants.get(text);
        if (constant == null) {
            throw new ValidationException("the label '" + text + "' matches no constant of enum " + enumClass.getName()
                    + " (labels: " + labels.values() + "); add a constant, or an @EnumLabel(\"" + text
                    + "\") to an existing one");
        }
        return constant;
    }
}
