package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how a field maps to its column. Every attribute is optional.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
    /** Column name; empty means snake_case of the field name. */
    String name() default "";

    /** Maximum length in characters for text ({@code varchar(n)}); 0 means unlimited. Checked before SQL is sent. */
    int length() default 0;

    /** Total digits of a numeric; 0 means unconstrained. */
    int precision() default 0;

    /** Digits after the point of a numeric. */
    int scale() default 0;

    /** Whether NULL is allowed. Primitives are never null. Checked before SQL is sent. */
    boolean nullable() default true;

    /** Whether a unique constraint covers this column alone. */
    boolean unique() default false;

    /** The PostgreSQL type, when the default for the Java type is not wanted: {@code money}, {@code cidr}, {@code json}, {@code varchar(20)}. */
    String type() default "";
}
