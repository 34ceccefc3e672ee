package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pgvector {@code vector(n)} column held in a {@code float[]}. The length is checked before SQL is sent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Vector {
    /** The number of dimensions, n in {@code vector(n)}. */
    int dimensions();
}
