package dev.tusk.exec;

import dev.tusk.render.SqlStatement;
import dev.tusk.type.TypeCodec;

/**
 * One statement to run: what it is for, its SQL and parameters, and, per parameter, the codec to
 * bind it with (null: chosen from the value's class) and a name (a column or placeholder name, used
 * in messages and to redact secrets; null when unnamed).
 */
public record Call(String operation, Class<?> entity, SqlStatement statement, TypeCodec<?>[] codecs,
                   String[] names) {

    /** A call whose parameters are bound by their runtime class. */
    public static Call of(String operation, Class<?> entity, SqlStatement statement) {
        int count = statement.params().size();
        return new Call(operation, entity, statement, new TypeCodec<?>[count], new String[count]);
    }

    String nameOf(int index) {
        return names == null || index >= names.length ? null : names[index];
    }
}
