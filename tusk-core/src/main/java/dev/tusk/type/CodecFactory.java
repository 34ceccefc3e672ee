package dev.tusk.type;

import java.util.Optional;

/**
 * Makes a codec for a {@link TypeUsage}, or declines with {@code Optional.empty()}. Factories for
 * containers (arrays, lists) ask the registry for their element codec.
 */
@FunctionalInterface
public interface CodecFactory {
    Optional<TypeCodec<?>> create(TypeUsage usage, CodecRegistry registry);
}
