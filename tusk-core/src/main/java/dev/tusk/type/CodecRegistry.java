package dev.tusk.type;

import java.util.Optional;

/** PLACEHOLDER: the types work replaces this. */
public final class CodecRegistry {
    public static CodecRegistry defaults() {
        return new CodecRegistry();
    }

    public Optional<TypeCodec<?>> find(TypeUsage usage) {
        return Optional.empty();
    }

    public Optional<TypeCodec<?>> forSqlType(String sqlTypeName) {
        return Optional.empty();
    }
}
