/**
 * The mapping annotations: {@code @Table}, {@code @Id}, {@code @Generated}, {@code @Default},
 * {@code @Column}, {@code @Transient}, {@code @Json}, {@code @Version}, {@code @Index},
 * {@code @Enumerated} with {@code @EnumLabel}, {@code @Vector}, {@code @ForeignKey}, and the relation
 * slots {@code @ManyToOne}, {@code @OneToMany}, {@code @ManyToMany} (fields with no column). Everything left unannotated
 * follows conventions: snake_case names, nullable boxes, non-null primitives.
 */
package dev.tusk.annotation;
