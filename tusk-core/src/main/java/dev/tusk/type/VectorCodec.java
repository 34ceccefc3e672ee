package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * pgvector's {@code vector(n)} to {@code float[]}, for a field annotated
 * {@code @Vector(dimensions = n)}. Bound in pgvector's text form {@code [1,2.5,-3]} with
 * {@code Types.OTHER}, read with {@code getString}. Needs the {@code vector} extension.
 *
 * <p>Edge cases: {@link #validate} refuses an array whose length is not n, saying expected and
 * actual dimensions, and NaN or infinite elements, which pgvector rejects. A result column read
 * through {@link CodecRegistry#forSqlType} has no declared n and accepts any length. The returned
 * array is a new one on every read.
 */
final class VectorCodec implements TypeCodec<float[]> {
    private final int dimensions;

    /** @param dimensions the required length, or 0 for any */
    VectorCodec(int dimensions) {
        this.dimensions = dimensions;
    }

    @Override
    public String sqlType() {
        return dimensions > 0 ? "vector(" + dimensions + ")" : "vector";
    }

    @Override
    public void validate(float[] value) {
        if (dimensions > 0 && value.length != dimensions) {
            throw new ValidationException("vector has " + value.length + " dimensions but the column expects "
                    + dimensions + " (@Vector(dimensions = " + dimensions + ")); pass an array of length "
                    + dimensions);
        }
        for (int index = 0; index < value.length; index++) {
            if (!Float.isFinite(value[index])) {
                throw new ValidationException("vector element " + index + " is " + value[index]
                        + ", which pgvector cannot store; use finite numbers only");
            }
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, float[] value) throws SQLException {
        statement.setObject(index, format(value), Types.OTHER);
    }

    @Override
    public float[] read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : parse(text);
    }

    @Override
    public String format(float[] value) {
        StringBuilder text = new StringBuilder(value.length * 8 + 2).append('[');
        for (int index = 0; index < value.length; index++) {
            text.append(index == 0 ? "" : ",").append(value[index]);
        }
        return text.append(']').toString();
    }

    @Override
    public float[] parse(String text) {
        String trimmed = text.trim();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            throw Unreadable.value("vector", text, null);
        }
        String body = trimmed.substring(1, trimmed.length() - 1).trim();
        if (body.isEmpty()) {
            return new float[0];
        }
        String[] parts = body.split(",");
        float[] vector = new float[parts.length];
        try {
            for (int index = 0; index < parts.length; index++) {
                vector[index] = Float.parseFloat(parts[index].trim());
            }
        } catch (NumberFormatException notANumber) {
            throw Unreadable.value("vector", text, notANumber);
        }
        return vector;
    }
}
