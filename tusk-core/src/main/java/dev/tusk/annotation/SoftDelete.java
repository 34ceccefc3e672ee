package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code timestamptz} field ({@code OffsetDateTime} or {@code Instant}, nullable) that
 * says when a row was soft-deleted; NULL means the row is live. At most one per entity.
 *
 * <p>With it, queries leave soft-deleted rows out unless asked ({@code withDeleted()},
 * {@code onlyDeleted()}), {@code find}/{@code get} do not see them, and {@code db.delete(e)},
 * {@code deleteById} and {@code query.delete()} set the timestamp instead of removing the row;
 * {@code db.forceDelete(e)} and {@code query.forceDelete()} remove it for good.
 *
 * <pre>{@code
 * @Table(name = "articles")
 * public record Article(@Id @Generated Long id, String title, @SoftDelete OffsetDateTime deletedAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface SoftDelete {

}
