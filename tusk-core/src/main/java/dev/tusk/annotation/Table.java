package dev.tusk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity and names its table. Both parts default: the table name is the snake_case of the
 * class name ({@code OrderLine} becomes {@code order_line}); the schema is the connection's
 * {@code search_path}.
 *
 * <pre>{@code
 * @Table(name = "users", schema = "app")
 * public record User(@Id @Generated Long id, String email) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Table {
    /** Table name; empty means snake_case of the class name. */
    String name() default "";

    /** Schema; empty means the search path decides. */
    String schema() default "";
}
