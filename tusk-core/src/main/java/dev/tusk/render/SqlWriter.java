package dev.tusk.render;

import dev.tusk.type.TypeCodec;
import java.util.ArrayList;
import java.util.List;

/** The SQL text and parameters being written by one render pass. */
final class SqlWriter {
    private final StringBuilder sql = new StringBuilder(256);
    private final List<Object> params = new ArrayList<>();
    private final List<TypeCodec<?>> codecs = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    SqlWriter append(char character) {
        sql.append(character);
        return this;
    }

    /** A {@code ?} bound to {@code value}, through {@code codec} (null: by the value's class). */
    SqlWriter bind(Object value, TypeCodec<?> codec, String name) {
        sql.append('?');
        params.add(value);
        codecs.add(codec);
        names.add(name);
        return this;
    }

    /** Parameters of raw SQL (a CTE) already placed as {@code ?} in its text. */
    void addRaw(List<Object> values) {
        for (Object value : values) {
            params.add(value);
            codecs.add(null);
            names.add(null);
        }
    }

    RenderedQuery finish() {
        return new RenderedQuery(new SqlStatement(sql.toString(), params), codecs.toArray(TypeCodec<?>[]::new),
                names.toArray(String[]::new));
    }
}
