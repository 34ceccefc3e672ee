package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic lock counter ({@code int}, {@code long} or their boxes). Update and delete check it and
 * update bumps it; a stale write raises {@code OptimisticLockException} and changes nothing. At most one
 * per entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {

}
