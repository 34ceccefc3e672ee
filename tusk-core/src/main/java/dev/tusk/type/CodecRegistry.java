package dev.tusk.type;

import dev.tusk.exception.ConfigurationException;
import dev.tusk.exception.MappingException;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the {@link TypeCodec} for a field ({@link #find}) or a result column ({@link #forSqlType}).
 * Immutable: {@link #withFactory} and {@link #withJsonMapper} return changed copies. Lookups are
 * cached per registry, so resolution runs once per usage.
 *
 * <pre>{@code
 * CodecRegistry codecs = CodecRegistry.defaults();
 * TypeCodec<?> ids = codecs.find(TypeUsage.of(UUID[].class)).orElseThrow();          // uuid[]
 * TypeCodec<?> price = codecs.find(new TypeUsage(BigDecimal.class, "money", false, null, 0)).orElseThrow();
 * TypeCodec<?> column = codecs.forSqlType("_int4").orElseThrow();                    // reads List<Integer>
 * CodecRegistry custom = codecs.withFactory((usage, registry) -> usage.javaType() == Year.class
 *         ? Optional.of(new YearCodec()) : Optional.empty());                         // your own codec first
 * }</pre>
 *
 * <p>{@link #find} resolves in this order: the added factories, newest first; {@code @Json} (a Jackson
 * codec for the declared generic type: jsonb, or json when the declared SQL type says so);
 * {@code @Vector} on a {@code float[]}; a declared json or jsonb type; containers ({@code List<T>},
 * {@code T[]}, primitive arrays but {@code byte[]}) as PostgreSQL arrays of the element's codec; a
 * declared SQL type ({@code money}, {@code cidr}, {@code tsvector}, {@code varchar(20)}, a PG enum, or
 * any type held in a String as its text); the Java type's default. JSON support needs
 * {@code jackson-databind} on the class path, which is checked once, lazily.
 */
public final class CodecRegistry {
    private static final Object NO_MAPPER = new Object();

    private final List<CodecFactory> factories;
    private final Object configuredMapper;
    private volatile Object jsonMapper;
    private final ConcurrentMap<TypeUsage, Optional<TypeCodec<?>>> byUsage = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Optional<TypeCodec<?>>> bySqlType = new ConcurrentHashMap<>();

    private CodecRegistry(List<CodecFactory> factories, Object configuredMapper) {
        this.factories = List.copyOf(factories);
        this.configuredMapper = configuredMapper;
    }

    /** Every built-in codec; JSON codecs only when Jackson is on the class path. */
    public static CodecRegistry defaults() {
        return new CodecRegistry(List.of(), null);
    }

    /** A copy that asks {@code factory} first, before every factory added earlier and the built-ins. */
    public CodecRegistry withFactory(CodecFactory factory) {
        Objects.requireNonNull(factory, "factory");
        List<CodecFactory> combined = new ArrayList<>(factories.size() + 1);
        combined.add(factory);
        combined.addAll(factories);
        return new CodecRegistry(combined, configuredMapper);
    }

    /** A copy that reads and writes {@code @Json} values and {@code JsonNode} with this mapper. */
    public CodecRegistry withJsonMapper(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new CodecRegistry(factories, mapper);
    }

    /**
     * The codec for a field or value type, or empty when nothing maps it.
     *
     * @throws MappingException       when the annotations contradict the Java type (a declared
     *                                {@code text} on an {@code int}, {@code @Vector} on a
     *                                {@code double[]}, a list of lists)
     * @throws ConfigurationException when {@code @Json} is used without Jackson on the class path
     */
    public Optional<TypeCodec<?>> find(TypeUsage usage) {
        Objects.requireNonNull(usage, "usage");
        Optional<TypeCodec<?>> cached = byUsage.get(usage);
        if (cached != null) {
            return cached;
        }
        // Not computeIfAbsent: resolving a List asks find() again for its element, and a
        // ConcurrentHashMap must not be updated from inside its own computeIfAbsent.
        Optional<TypeCodec<?>> resolved = resolve(usage);
        Optional<TypeCodec<?>> raced = byUsage.putIfAbsent(usage, resolved);
        return raced != null ? raced : resolved;
    }

    /**
     * The default codec for a result column of this PostgreSQL type, as
     * {@code ResultSetMetaData.getColumnTypeName} names it ({@code int4}, {@code varchar},
     * {@code timestamptz}, {@code _text}, {@code jsonb}, {@code vector}...); empty for a type with no
     * built-in codec (a PG enum, {@code xml}), where the caller reads the text. The added factories
     * are asked first with {@code TypeUsage(Object.class, pgTypeName, false, null, 0)}. Arrays read
     * as {@code List}s; {@code inet} and {@code cidr} as {@link Inet}; {@code interval} as
     * {@link Interval}; {@code json} and {@code jsonb} as {@code JsonNode} with Jackson, else as the
     * JSON text.
     */
    public Optional<TypeCodec<?>> forSqlType(String pgTypeName) {
        Objects.requireNonNull(pgTypeName, "pgTypeName");
        Optional<TypeCodec<?>> cached = bySqlType.get(pgTypeName);
        if (cached != null) {
            return cached;
        }
        Optional<TypeCodec<?>> resolved = resolveSqlType(pgTypeName);
        Optional<TypeCodec<?>> raced = bySqlType.putIfAbsent(pgTypeName, resolved);
        return raced != null ? raced : resolved;
    }

    private Optional<TypeCodec<?>> resolveSqlType(String pgTypeName) {
        TypeUsage usage = new TypeUsage(Object.class, pgTypeName, false, null, 0);
        for (CodecFactory factory : factories) {
            Optional<TypeCodec<?>> made = factory.create(usage, this);
            if (made.isPresent()) {
                return made;
            }
        }
        String canonical = SqlTypeName.canonical(pgTypeName);
        if (SqlTypeName.isArray(canonical)) {
            return BuiltInCodecs.bySqlName(SqlTypeName.elementOf(canonical), jsonMapper())
                    .map(element -> ArrayCodec.listOf(element));
        }
        return BuiltInCodecs.bySqlName(canonical, jsonMapper());
    }

    private Optional<TypeCodec<?>> resolve(TypeUsage usage) {
        for (CodecFactory factory : factories) {
            Optional<TypeCodec<?>> made = factory.create(usage, this);
            if (made.isPresent()) {
                return made;
            }
        }
        String declared = usage.declaredSqlType() == null ? null : SqlTypeName.canonical(usage.declaredSqlType());
        if (usage.json() || ("json".equals(declared) || "jsonb".equals(declared)) && usage.javaType() != String.class) {
            return Optional.of(json(usage, usage.declaredSqlType() != null ? usage.declaredSqlType() : "jsonb"));
        }
        if (usage.vectorDimensions() > 0) {
            if (usage.javaType() != float[].class) {
                throw new MappingException("@Vector needs a float[] field, not " + usage.javaType().getTypeName()
                        + "; declare the field as float[]");
            }
            return Optional.of(new VectorCodec(usage.vectorDimensions()));
        }
        if (declared == null || SqlTypeName.isArray(declared)) {
            Optional<TypeCodec<?>> container = ArrayCodecs.resolve(usage, this);
            if (container.isPresent() || isContainer(usage)) {
                return container;
            }
        }
        if (usage.declaredSqlType() != null) {
            return Optional.of(BuiltInCodecs.byDeclaredType(usage, jsonMapper()));
        }
        return BuiltInCodecs.byJavaType(usage, jsonMapper());
    }

    private static boolean isContainer(TypeUsage usage) {
        return usage.javaType() instanceof Class<?> type && type.isArray() && type != byte[].class
                || usage.javaType() instanceof ParameterizedType generic
                && generic.getRawType() == List.class;
    }

    private TypeCodec<?> json(TypeUsage usage, String sqlType) {
        Object mapper = jsonMapper();
        if (mapper == null) {
            throw new ConfigurationException("storing " + usage.javaType().getTypeName() + " as " + sqlType
                    + " needs Jackson: add com.fasterxml.jackson.core:jackson-databind to the class path");
        }
        return JacksonSupport.codec(mapper, usage.javaType(), sqlType);
    }

    /** The configured mapper, else a default one made on first use; null when Jackson is absent. */
    private Object jsonMapper() {
        Object mapper = jsonMapper;
        if (mapper == null) {
            mapper = configuredMapper != null ? configuredMapper
                    : JacksonPresence.PRESENT ? JacksonSupport.defaultMapper() : NO_MAPPER;
            jsonMapper = mapper;
        }
        return mapper == NO_MAPPER ? null : mapper;
    }

    /** Whether Jackson is on the class path, looked up once, on first need. */
    private static final class JacksonPresence {
        static final boolean PRESENT = isLoadable("com.fasterxml.jackson.databind.ObjectMapper");

        private static boolean isLoadable(String className) {
            try {
                Class.forName(className, false, CodecRegistry.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError absent) {
                return false;
            }
        }
    }
}
