package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a Java enum to a PostgreSQL enum type. Constants map to labels by name unless a constant
 * carries {@link EnumLabel}. Without this annotation an enum is stored as text holding its label.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Enumerated {
    /** The PostgreSQL enum type name ({@code mpaa_rating}); empty means snake_case of the enum class name. */
    String type() default "";
}
