package dev.tusk.type;

import java.lang.reflect.Type;

/**
 * What a codec must serve: the Java type as declared (generics included, {@code List<UUID>}) and
 * what the mapping annotations say about the column.
 *
 * @param javaType         the declared Java type, generic where declared so
 * @param declaredSqlType  {@code @Column(type = ...)} such as {@code money}, {@code cidr}, {@code json}; null if absent
 * @param json             {@code @Json}: store through Jackson as jsonb (json when declaredSqlType says so)
 * @param enumType         {@code @Enumerated(type = ...)}: the PostgreSQL enum type name; null for none
 * @param vectorDimensions {@code @Vector(dimensions = n)}: pgvector's vector(n); 0 for none
 */
public record TypeUsage(Type javaType, String declaredSqlType, boolean json, String enumType,
                        int vectorDimensions) {

    /** A plain Java type with no annotations. */
    public static TypeUsage of(Type javaType) {
        return new TypeUsage(javaType, null, false, null, 0);
    }
}
