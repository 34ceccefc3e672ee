package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The PostgreSQL label of an enum constant whose label is not a Java name, such as Pagila's
 * {@code 'PG-13'}: {@code @EnumLabel("PG-13") PG_13}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD})
public @interface EnumLabel {
    String value();
}
