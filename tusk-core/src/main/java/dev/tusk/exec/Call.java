package dev.tusk.exec;

import dev.tusk.render.SqlStatement;
import dev.tusk.type.TypeCodec;

/**
 * One statement to run: what it is for, its SQL and parameters, and, per parameter, the codec to
 * bind it with (null: chosen from the value's class) and a name (a column or placeholder name, used
 * in messages and to redact secrets; null when unnamed). {@code validated} says the caller already
 * ran every parameter's codec checks (the entity layer does, to report all bad fields at once), so
 * the executor does not run them a second time.
 */
public record Call(String operation, Class<?> entity, SqlStatement statement, TypeCodec<?>[] codecs,
                   String[] names, boolean validated) {

    /** A call whose parameters the executor still has to validate. */
    public Call(String operation, Class<?> entity, SqlStatement statement, TypeCodec<?>[] codecs, String[] names) {
        this(operation, entity, statement, codecs, names, false);
    }

    /** A call whose parameters are bound by their runtime class. */
    public static Call of(String operation, Class<?> entity, SqlStatement statement) {
        int count = statement.params().size();
        return new Call(operation, entity, statement, new TypeCodec<?>[count], new String[count]);
    }

    /** The same call, its parameters already validated by the caller. */
    public Call asValidated() {
        return new Call(operation, entity, statement, codecs, names, true);
    }

    String nameOf(int index) {
        return names == null || index >= names.length ? null : names[index];
    }
}
