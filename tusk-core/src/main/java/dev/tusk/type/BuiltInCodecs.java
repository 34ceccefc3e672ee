package dev.tusk.type;

import dev.tusk.exception.MappingException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in choices: the default codec for a Java type, the override for a declared
 * {@code @Column(type = ...)}, and the default codec for a result column's PostgreSQL type.
 */
final class BuiltInCodecs {
    private static final Map<Class<?>, TypeCodec<?>> BY_CLASS = Map.ofEntries(
            Map.entry(short.class, SmallintCodec.INSTANCE), Map.entry(Short.class, SmallintCodec.INSTANCE),
            Map.entry(int.class, IntegerCodec.INSTANCE), Map.entry(Integer.class, IntegerCodec.INSTANCE),
            Map.entry(long.class, BigintCodec.INSTANCE), Map.entry(Long.class, BigintCodec.INSTANCE),
            Map.entry(float.class, RealCodec.INSTANCE), Map.entry(Float.class, RealCodec.INSTANCE),
            Map.entry(double.class, DoubleCodec.INSTANCE), Map.entry(Double.class, DoubleCodec.INSTANCE),
            Map.entry(boolean.class, BooleanCodec.INSTANCE), Map.entry(Boolean.class, BooleanCodec.INSTANCE),
            Map.entry(BigDecimal.class, NumericCodec.INSTANCE), Map.entry(String.class, TextCodec.INSTANCE),
            Map.entry(byte[].class, ByteaCodec.INSTANCE), Map.entry(UUID.class, UuidCodec.INSTANCE),
            Map.entry(LocalDate.class, DateCodec.INSTANCE), Map.entry(LocalTime.class, TimeCodec.INSTANCE),
            Map.entry(LocalDateTime.class, TimestampCodec.INSTANCE),
            Map.entry(OffsetDateTime.class, TimestamptzCodec.INSTANCE), Map.entry(Instant.class, InstantCodec.INSTANCE),
            Map.entry(Duration.class, DurationCodec.INSTANCE), Map.entry(Interval.class, IntervalCodec.INSTANCE),
            Map.entry(Inet.class, InetPrefixCodec.INET), Map.entry(MacAddress.class, MacaddrCodec.INSTANCE),
            Map.entry(Point.class, PointCodec.INSTANCE));

    private static final Map<String, TypeCodec<?>> BY_SQL_NAME = Map.ofEntries(
            Map.entry("smallint", SmallintCodec.INSTANCE), Map.entry("integer", IntegerCodec.INSTANCE),
            Map.entry("bigint", BigintCodec.INSTANCE), Map.entry("numeric", NumericCodec.INSTANCE),
            Map.entry("real", RealCodec.INSTANCE), Map.entry("double precision", DoubleCodec.INSTANCE),
            Map.entry("boolean", BooleanCodec.INSTANCE), Map.entry("text", TextCodec.INSTANCE),
            Map.entry("character varying", TextCodec.INSTANCE), Map.entry("character", TextCodec.INSTANCE),
            Map.entry("name", TextCodec.INSTANCE), Map.entry("bytea", ByteaCodec.INSTANCE),
            Map.entry("uuid", UuidCodec.INSTANCE), Map.entry("date", DateCodec.INSTANCE),
            Map.entry("time", TimeCodec.INSTANCE), Map.entry("timestamp", TimestampCodec.INSTANCE),
            Map.entry("timestamp with time zone", TimestamptzCodec.INSTANCE),
            Map.entry("interval", IntervalCodec.INSTANCE), Map.entry("inet", InetPrefixCodec.INET),
            Map.entry("cidr", InetPrefixCodec.CIDR), Map.entry("macaddr", MacaddrCodec.INSTANCE),
            Map.entry("hstore", HstoreCodec.INSTANCE), Map.entry("point", PointCodec.INSTANCE),
            Map.entry("money", MoneyCodec.INSTANCE), Map.entry("tsvector", TsvectorCodec.INSTANCE),
            Map.entry("vector", new VectorCodec(0)));

    private BuiltInCodecs() {
    }

    /** The default codec for a scalar Java type, ignoring any declared SQL type. */
    static Optional<TypeCodec<?>> byJavaType(TypeUsage usage, Object jsonMapper) {
        Type javaType = usage.javaType();
        if (javaType instanceof ParameterizedType generic) {
            return isStringMap(generic) ? Optional.of(HstoreCodec.INSTANCE) : Optional.empty();
        }
        if (!(javaType instanceof Class<?> type)) {
            return Optional.empty();
        }
        if (usage.enumType() != null && !type.isEnum()) {
            throw new MappingException("@Enumerated is on a field of type " + type.getName() + ", which is not an"
                    + " enum; remove @Enumerated or change the field to an enum type");
        }
        TypeCodec<?> known = BY_CLASS.get(type);
        if (known != null) {
            return Optional.of(known);
        }
        if (type.isEnum()) {
            return Optional.of(enumCodec(type, usage.enumType() != null ? usage.enumType() : "text"));
        }
        if (InetAddress.class.isAssignableFrom(type)) {
            return Optional.of(InetCodec.INET);
        }
        if (jsonMapper != null && JacksonSupport.isJsonNode(type)) {
            return Optional.of(JacksonSupport.codec(jsonMapper, type, "jsonb"));
        }
        return Optional.empty();
    }

    /**
     * The codec for a declared {@code @Column(type = ...)} on a scalar field: the special pairings
     * (money, tsvector, inet/cidr, a PG enum, any type held as text in a String) or the Java type's
     * default under the declared spelling. Throws when the two do not fit together.
     */
    static TypeCodec<?> byDeclaredType(TypeUsage usage, Object jsonMapper) {
        String declared = usage.declaredSqlType();
        String canonical = SqlTypeName.canonical(declared);
        Type javaType = usage.javaType();
        if (javaType instanceof Class<?> type && type.isEnum()) {
            String enumType = usage.enumType() != null ? usage.enumType() : declared;
            return enumCodec(type, enumType);
        }
        Optional<TypeCodec<?>> special = specialPairing(javaType, canonical);
        if (special.isPresent()) {
            return special.get();
        }
        TypeCodec<?> standard = byJavaType(usage, jsonMapper).orElse(null);
        if (standard != null && SqlTypeName.canonical(standard.sqlType()).equals(canonical)) {
            return standard.sqlType().equals(declared) ? standard : new DeclaredTypeCodec<>(standard, declared);
        }
        if (javaType == String.class) {
            return SqlTypeName.isCharacterType(canonical) ? new DeclaredTypeCodec<>(TextCodec.INSTANCE, declared)
                    : new DeclaredTextCodec(declared);
        }
        throw new MappingException("the declared column type " + declared + " does not fit the Java type "
                + javaType.getTypeName() + (standard == null ? "" : " (which maps to " + standard.sqlType() + ")")
                + "; change the field's type, drop @Column(type), or register a CodecFactory for the pair");
    }

    private static Optional<TypeCodec<?>> specialPairing(Type javaType, String canonical) {
        TypeCodec<?> codec = switch (canonical) {
            case "money" -> javaType == BigDecimal.class ? MoneyCodec.INSTANCE : null;
            case "tsvector" -> javaType == String.class ? TsvectorCodec.INSTANCE : null;
            case "inet" -> javaType == Inet.class ? InetPrefixCodec.INET : null;
            case "cidr" -> javaType == Inet.class ? InetPrefixCodec.CIDR : isInetAddress(javaType) ? InetCodec.CIDR : null;
            case "vector" -> javaType == float[].class ? new VectorCodec(0) : null;
            case "json" -> javaType == String.class ? JsonTextCodec.JSON : null;
            case "jsonb" -> javaType == String.class ? JsonTextCodec.JSONB : null;
            default -> null;
        };
        return Optional.ofNullable(codec);
    }

    /** The default codec for a result column's canonical, non-array PostgreSQL type name. */
    static Optional<TypeCodec<?>> bySqlName(String canonical, Object jsonMapper) {
        if (canonical.equals("json") || canonical.equals("jsonb")) {
            if (jsonMapper == null) {
                return Optional.of(canonical.equals("json") ? JsonTextCodec.JSON : JsonTextCodec.JSONB);
            }
            return Optional.of(JacksonSupport.codec(jsonMapper, JacksonSupport.jsonNodeType(), canonical));
        }
        return Optional.ofNullable(BY_SQL_NAME.get(canonical));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeCodec<?> enumCodec(Class<?> type, String enumType) {
        String sqlType = enumType.isEmpty() ? snakeCase(type.getSimpleName()) : enumType;
        return new EnumCodec(type.asSubclass(Enum.class), sqlType);
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static boolean isInetAddress(Type javaType) {
        return javaType instanceof Class<?> type && InetAddress.class.isAssignableFrom(type);
    }

    private static boolean isStringMap(ParameterizedType generic) {
        Type[] arguments = generic.getActualTypeArguments();
        return generic.getRawType() == Map.class && arguments[0] == String.class && arguments[1] == String.class;
    }
}
