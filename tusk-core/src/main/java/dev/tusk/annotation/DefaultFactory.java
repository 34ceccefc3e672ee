package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * A client-side default: when the field is null at insert, Tusk fills it from a new value of the
 * supplier (instantiated once, through its no-arg constructor) and sends it; the returned entity
 * shows it. For classes, a field initializer does the same job; records need this.
 *
 * <pre>{@code
 * public record Ticket(@Id @DefaultFactory(RandomUuid.class) UUID id, String title) {}
 * public final class RandomUuid implements Supplier<UUID> { public UUID get() { return UUID.randomUUID(); } }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface DefaultFactory {
    Class<? extends Supplier<?>> value();
}
