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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Picks the {@link BinaryEncoder} for a field from the codec the registry chose for it, so binary
 * COPY writes exactly the PostgreSQL type the rest of Tusk reads and writes.
 *
 * <table>
 * <caption>What binary COPY writes</caption>
 * <tr><td>smallint, integer, bigint, real, double precision, boolean, numeric</td><td>Short, Integer,
 *     Long, Float, Double, Boolean (or the primitives), BigDecimal</td></tr>
 * <tr><td>text, varchar(n), char(n), name; bytea; uuid</td><td>String; byte[]; UUID</td></tr>
 * <tr><td>date, time, timestamp, timestamptz, interval</td><td>LocalDate, LocalTime, LocalDateTime,
 *     OffsetDateTime or Instant, Interval or Duration</td></tr>
 * <tr><td>json, jsonb</td><td>{@code @Json} values, JsonNode, a String declared json or jsonb</td></tr>
 * <tr><td>a PostgreSQL enum, or text</td><td>a Java enum (its label)</td></tr>
 * <tr><td>inet, cidr, macaddr, point, hstore, vector(n)</td><td>Inet or InetAddress, MacAddress,
 *     Point, Map&lt;String, String&gt;, {@code @Vector} float[]</td></tr>
 * <tr><td>one-dimensional arrays of all of the above</td><td>List, object arrays, primitive arrays</td></tr>
 * </table>
 *
 * <p>Refused, with the reason and a fix: {@code money} (its binary form depends on the server's
 * {@code lc_monetary}), {@code tsvector}, a String declared as a non-text built-in type
 * ({@code @Column(type = "uuid") String}), arrays whose element is refused, and codecs from a
 * {@link CodecFactory} for types whose binary form is not their text. A String or a custom codec
 * declared as a type Tusk does not know ({@code @Column(type = "mood") String}) is sent as text,
 * which the table check accepts for enum and text-like columns only.
 */
public final class BinaryEncoders {
    /** Canonical names whose binary input is the UTF-8 text, as declared on a field. */
    private static final Set<String> TEXT_FORM = Set.of("text", "character varying", "character", "name", "json",
            "citext", "xml");

    private BinaryEncoders() {
    }

    /**
     * Whether {@code encoder} makes every check of {@code codec}'s {@link TypeCodec#validate} while
     * it writes, so a COPY can skip the separate pass: true for plain text, whose NUL and surrogate
     * checks run inside the UTF-8 encoding loop.
     */
    public static boolean checksWhileWriting(TypeCodec<?> codec, BinaryEncoder<?> encoder) {
        return codec instanceof TextCodec && encoder == BinaryScalar.TEXT;
    }

    /**
     * The encoder for values of {@code usage} that {@code codec} reads and writes.
     *
     * @throws MappingException when binary COPY cannot write the type; the message says why and
     *                          what to do, the caller adds which field
     */
    @SuppressWarnings("unchecked")
    public static BinaryEncoder<Object> of(TypeCodec<?> codec, TypeUsage usage, CodecRegistry registry) {
        if (codec instanceof ArrayCodec<?, ?>) {
            return array(usage, registry);
        }
        String canonical = SqlTypeName.canonical(codec.sqlType());
        if (!isBuiltIn(codec)) {
            return textForm(codec, canonical, "its codec " + codec.getClass().getName() + " is not one of Tusk's");
        }
        if (codec instanceof EnumCodec<?>) {
            return BinaryTextForm.text(codec, canonical);
        }
        if (codec instanceof JsonCodec<?> || codec instanceof JsonTextCodec) {
            return canonical.equals("jsonb") ? BinaryTextForm.jsonb(codec) : BinaryTextForm.text(codec, canonical);
        }
        if (codec instanceof DeclaredTextCodec) {
            return declaredText(codec, canonical);
        }
        BinaryEncoder<Object> encoder = byType(canonical, GenericTypes.boxed(rawClass(usage.javaType())));
        if (encoder == null) {
            throw new MappingException(refusal(canonical));
        }
        return encoder;
    }

    private static BinaryEncoder<Object> byType(String canonical, Class<?> type) {
        return switch (canonical) {
            case "smallint" -> type == Short.class ? BinaryScalar.INT2 : null;
            case "integer" -> type == Integer.class ? BinaryScalar.INT4 : null;
            case "bigint" -> type == Long.class ? BinaryScalar.INT8 : null;
            case "real" -> type == Float.class ? BinaryScalar.FLOAT4 : null;
            case "double precision" -> type == Double.class ? BinaryScalar.FLOAT8 : null;
            case "boolean" -> type == Boolean.class ? BinaryScalar.BOOL : null;
            case "numeric" -> type == BigDecimal.class ? BinaryScalar.NUMERIC : null;
            case "text", "character varying", "character", "name" -> type == String.class ? BinaryScalar.TEXT : null;
            case "bytea" -> type == byte[].class ? BinaryScalar.BYTEA : null;
            case "uuid" -> type == UUID.class ? BinaryScalar.UUID_ : null;
            case "date" -> type == LocalDate.class ? BinaryTemporal.DATE : null;
            case "time" -> type == LocalTime.class ? BinaryTemporal.TIME : null;
            case "timestamp" -> type == LocalDateTime.class ? BinaryTemporal.TIMESTAMP : null;
            case "timestamp with time zone" -> type == OffsetDateTime.class ? BinaryTemporal.TIMESTAMPTZ
                    : type == Instant.class ? BinaryTemporal.INSTANT : null;
            case "interval" -> type == Interval.class ? BinaryTemporal.INTERVAL
                    : type == Duration.class ? BinaryTemporal.DURATION : null;
            case "inet" -> type == Inet.class ? BinaryScalar.INET
                    : InetAddress.class.isAssignableFrom(type) ? BinaryScalar.INET_ADDRESS : null;
            case "cidr" -> type == Inet.class ? BinaryScalar.CIDR
                    : InetAddress.class.isAssignableFrom(type) ? BinaryScalar.CIDR_ADDRESS : null;
            case "macaddr" -> type == MacAddress.class ? BinaryScalar.MACADDR : null;
            case "point" -> type == Point.class ? BinaryScalar.POINT : null;
            case "hstore" -> Map.class.isAssignableFrom(type) ? BinaryScalar.HSTORE : null;
            case "vector" -> type == float[].class ? BinaryScalar.VECTOR : null;
            default -> null;
        };
    }

    private static String refusal(String canonical) {
        return switch (canonical) {
            case "money" -> "binary money is a count of the currency's minor units, which depends on the server's"
                    + " lc_monetary; store amounts as numeric, or write this entity with insertAll";
            case "tsvector" -> "Tusk does not write tsvector's binary form; copy the text into a text column and"
                    + " convert it with to_tsvector in SQL, or write this entity with insertAll";
            default -> "Tusk has no binary form for " + canonical + "; write this entity with insertAll";
        };
    }

    /** A String held as another type's text: fine for text-like and enum columns, refused for known binary types. */
    private static BinaryEncoder<Object> declaredText(TypeCodec<?> codec, String canonical) {
        if (TEXT_FORM.contains(canonical) || BuiltInCodecs.bySqlName(canonical, null).isEmpty()) {
            return BinaryTextForm.text(codec, canonical);
        }
        throw new MappingException("the field holds " + canonical + " as text in a String, and binary COPY must send "
                + canonical + "'s binary form: map the field to the Java type for " + canonical + " (see the type"
                + " table), or write this entity with insertAll");
    }

    private static BinaryEncoder<Object> textForm(TypeCodec<?> codec, String canonical, String why) {
        if (canonical.equals("jsonb")) {
            return BinaryTextForm.jsonb(codec);
        }
        if (TEXT_FORM.contains(canonical)) {
            return BinaryTextForm.text(codec, canonical);
        }
        throw new MappingException(why + ", and binary COPY needs " + canonical + "'s binary form, which a TypeCodec"
                + " does not give; only types whose binary form is their text (text, varchar, json, jsonb, an enum)"
                + " can be copied through a custom codec: write this entity with insertAll");
    }

    private static BinaryEncoder<Object> array(TypeUsage usage, CodecRegistry registry) {
        Type javaType = usage.javaType();
        Class<?> container = rawClass(javaType);
        Type elementType = javaType instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0]
                : container.getComponentType().isPrimitive() ? GenericTypes.boxed(container.getComponentType())
                : container.getComponentType();
        TypeUsage elementUsage = new TypeUsage(elementType, elementDeclared(usage.declaredSqlType()), false,
                usage.enumType(), 0);
        TypeCodec<?> elementCodec = registry.find(elementUsage).orElseThrow(() -> new MappingException(
                "no codec for the array's element type " + elementType.getTypeName()));
        BinaryEncoder<Object> element;
        try {
            element = of(elementCodec, elementUsage, registry);
        } catch (MappingException refused) {
            throw new MappingException("its elements cannot be copied: " + refused.reason(), refused);
        }
        BinaryArray.Shape shape = BinaryArray.shapeOf(container);
        if (!primitiveFits(shape, element)) {
            throw new MappingException("its primitive elements are mapped to " + element.typeName() + "; declare the"
                    + " field as a List or boxed array, or write this entity with insertAll");
        }
        return new BinaryArray(element, shape, 0);
    }

    private static boolean primitiveFits(BinaryArray.Shape shape, BinaryEncoder<Object> element) {
        return switch (shape) {
            case LIST, OBJECTS -> true;
            case INTS -> element == BinaryScalar.INT4;
            case LONGS -> element == BinaryScalar.INT8;
            case SHORTS -> element == BinaryScalar.INT2;
            case FLOATS -> element == BinaryScalar.FLOAT4;
            case DOUBLES -> element == BinaryScalar.FLOAT8;
            case BOOLEANS -> element == BinaryScalar.BOOL;
        };
    }

    /** {@code text} for a declared {@code text[]} or {@code _text}; null when nothing is declared. */
    private static String elementDeclared(String declaredArrayType) {
        if (declaredArrayType == null) {
            return null;
        }
        String trimmed = declaredArrayType.trim();
        return trimmed.startsWith("_") ? trimmed.substring(1) : trimmed.substring(0, trimmed.length() - 2).trim();
    }

    private static boolean isBuiltIn(TypeCodec<?> codec) {
        return codec.getClass().getPackageName().equals(BinaryEncoders.class.getPackageName());
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return Object.class;
    }
}
