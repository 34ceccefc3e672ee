package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on the entity's table, for migrations and documentation. Repeatable.
 *
 * <pre>{@code
 * @Index(columns = {"email"}, unique = true)
 * @Index(columns = {"created_at"}, where = "deleted_at is null")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
    /** Column names (not field names), in index order. */
    String[] columns();

    boolean unique() default false;

    /** Access method: btree, hash, gin, gist, brin, hnsw, ivfflat. */
    String method() default "btree";

    /** A predicate for a partial index, as SQL. */
    String where() default "";

    /** Index name; empty means {@code <table>_<columns>_idx} (or {@code _key} for unique). */
    String name() default "";

    /** The container for repeated {@code @Index}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Index[] value();
    }
}
