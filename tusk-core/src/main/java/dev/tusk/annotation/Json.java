package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stored as {@code jsonb} (or {@code json} with {@code @Column(type = "json")}) through Jackson: maps,
 * lists, records, POJOs and {@code JsonNode}. Needs {@code jackson-databind} on the class path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Json {

}
