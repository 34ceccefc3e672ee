package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column that references another entity's key: {@code @ForeignKey(references = User.class,
 * onDelete = Action.CASCADE) Long authorId}. Used by relations and migrations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ForeignKey {
    Class<?> references();

    Action onDelete() default Action.NO_ACTION;

    Action onUpdate() default Action.NO_ACTION;

    /** PostgreSQL's referential actions. */
    enum Action { NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT }
}
