/**
 * The mapping annotations: {@code @Table}, {@code @Id}, {@code @Generated}, {@code @Default},
 * {@code @Column}, {@code @Transient}, {@code @Json}, {@code @Version}, {@code @Index},
 * {@code @Enumerated} with {@code @EnumLabel}, and {@code @Vector}. Everything left unannotated
 * follows conventions: snake_case names, nullable boxes, non-null primitives.
 */
package dev.tusk.annotation;
