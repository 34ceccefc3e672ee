package dev.tusk.render;

import dev.tusk.type.TypeCodec;

/**
 * A rendered query: SQL and parameters, plus for each parameter the codec that binds it (null:
 * chosen from the value's class) and a name for messages (a column, or null).
 */
public record RenderedQuery(SqlStatement statement, TypeCodec<?>[] codecs, String[] names) {
}
