package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A relation slot holding the entities whose foreign key points here:
 * {@code @OneToMany(mappedBy = "authorId") List<Post> posts}. No column; null until loaded
 * ({@code prefetch}, {@code db.fetch}), empty when loaded and there are none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OneToMany {
    /** The foreign-key field on the other entity. */
    String mappedBy();
}
