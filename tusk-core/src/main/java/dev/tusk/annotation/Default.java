package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A database-side default, as an SQL expression ({@code now()}, {@code 'draft'}, {@code true}). On
 * insert the column is left out while the field is null, so the default applies, and its value comes
 * back through {@code RETURNING}. A primitive field is never null and so is always sent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Default {
    /** The SQL expression, as it would appear after {@code DEFAULT} in DDL. */
    String value();
}
