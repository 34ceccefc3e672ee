package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A relation slot holding the one entity a foreign key points to: {@code @ManyToOne User author}
 * beside the column {@code @ForeignKey(references = User.class) Long authorId}. The slot has no
 * column; it is null until loaded explicitly ({@code include}, {@code db.fetch}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToOne {
    /** The foreign-key field of this entity that holds the key; empty means {@code <slot>Id}. */
    String by() default "";
}
