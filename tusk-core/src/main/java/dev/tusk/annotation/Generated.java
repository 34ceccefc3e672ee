package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database generates this value (identity, serial, or a column default such as
 * {@code gen_random_uuid()}). On insert the column is left out while the field is null (or zero, for a
 * primitive) and its value comes back through {@code RETURNING}; a value you set is sent as is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Generated {
    /** How the database generates it; only migrations care about the difference. */
    Kind value() default Kind.IDENTITY;

    /** The generation strategies PostgreSQL offers. */
    enum Kind { IDENTITY, SERIAL, DEFAULT }
}
