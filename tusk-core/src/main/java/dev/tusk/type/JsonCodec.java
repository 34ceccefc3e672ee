package dev.tusk.type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tusk.exception.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code jsonb} (or {@code json}) to any Java type Jackson can write and read: maps, lists,
 * records, POJOs, {@code JsonNode}. Used for {@code @Json} fields and {@code JsonNode}. The value is
 * serialized with the registry's {@link ObjectMapper}, bound with {@code Types.OTHER} so the server
 * parses it as the column's type, and read with {@code getString} and deserialized to the declared
 * generic type ({@code List<Address>} stays a list of {@code Address}).
 *
 * <p>Edge cases: for jsonb, {@link #validate} refuses a value whose JSON holds the escape
 * <code>&#92;u0000</code> (a string with a NUL character), which jsonb cannot store; a lone surrogate in any
 * string is refused as for text. {@code validate} serializes the value to check it and
 * {@code bind} serializes it again. A value Jackson cannot serialize, or a stored document that
 * does not fit the declared type (a missing creator, an unknown property with the mapper's
 * default settings), throws {@link ValidationException} with Jackson's reason. The JSON literal
 * {@code null} reads as Java null (as SQL NULL does), except for {@code JsonNode}, which gets
 * {@code NullNode}.
 *
 * @param <T> the declared Java type
 */
final class JsonCodec<T> implements TypeCodec<T> {
    private final ObjectMapper mapper;
    private final JavaType javaType;
    private final String sqlType;
    private final boolean jsonb;

    /** @param sqlType {@code jsonb}, {@code json}, or another declared type holding the JSON text */
    JsonCodec(ObjectMapper mapper, JavaType javaType, String sqlType) {
        this.mapper = mapper;
        this.javaType = javaType;
        this.sqlType = sqlType;
        this.jsonb = SqlTypeName.canonical(sqlType).equals("jsonb");
    }

    @Override
    public String sqlType() {
        return sqlType;
    }

    @Override
    public void validate(T value) {
        JsonTextCodec.checkJson(format(value), jsonb);
    }

    @Override
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
        statement.setObject(index, format(value), Types.OTHER);
    }

    @Override
    public T read(ResultSet rows, int column) throws SQLException {
        String json = rows.getString(column);
        return json == null ? null : parse(json);
    }

    @Override
    public String format(T value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            throw new ValidationException("cannot write " + value.getClass().getName() + " as JSON: "
                    + unwritable.getOriginalMessage() + "; make it serializable by Jackson or configure the mapper"
                    + " (CodecRegistry.withJsonMapper)", unwritable);
        }
    }

    @Override
    public T parse(String text) {
        try {
            return mapper.readValue(text, javaType);
        } catch (JsonProcessingException unreadable) {
            throw new ValidationException("cannot read the stored " + sqlType + " as " + javaType.toCanonical() + ": "
                    + unreadable.getOriginalMessage() + "; make the type match the stored documents or configure"
                    + " the mapper (CodecRegistry.withJsonMapper)", unreadable);
        }
    }
}
