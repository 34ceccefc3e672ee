package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A relation slot holding the entities linked through a junction table:
 * {@code @ManyToMany(joinTable = "post_tag") List<Tag> tags}. No column; null until loaded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToMany {
    /** The junction table. */
    String joinTable();

    /** The junction column pointing at this entity; empty means {@code <this table>_id}. */
    String joinColumn() default "";

    /** The junction column pointing at the other entity; empty means {@code <other table>_id}. */
    String inverseJoinColumn() default "";
}
