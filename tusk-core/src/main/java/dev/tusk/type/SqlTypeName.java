package dev.tusk.type;

import java.util.Locale;
import java.util.Map;

/**
 * Canonical PostgreSQL type names. {@code @Column(type = ...)} and
 * {@code ResultSetMetaData.getColumnTypeName} spell one type many ways ({@code int4}, {@code integer},
 * {@code serial}; {@code character varying(20)}, {@code varchar}); {@link #canonical} folds them into
 * the names the codecs report, dropping type modifiers such as {@code (20)} or {@code (10,2)}.
 */
final class SqlTypeName {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("decimal", "numeric"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("char", "character"), Map.entry("bpchar", "character"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time without time zone", "time"));

    private SqlTypeName() {
    }

    /** The canonical name: lower case, modifiers dropped, aliases folded; {@code _int4} and {@code int4[]} stay arrays. */
    static String canonical(String sqlType) {
        String name = sqlType.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("_")) {
            return canonical(name.substring(1)) + "[]";
        }
        if (name.endsWith("[]")) {
            return canonical(name.substring(0, name.length() - 2)) + "[]";
        }
        int modifier = name.indexOf('(');
        if (modifier >= 0) {
            int close = name.indexOf(')', modifier);
            String rest = close < 0 ? "" : name.substring(close + 1);
            name = (name.substring(0, modifier) + rest).trim().replaceAll("\\s+", " ");
        }
        return ALIASES.getOrDefault(name, name);
    }

    static boolean isArray(String canonicalName) {
        return canonicalName.endsWith("[]");
    }

    static String elementOf(String canonicalArrayName) {
        return canonicalArrayName.substring(0, canonicalArrayName.length() - 2);
    }

    /** Whether this canonical name is one of PostgreSQL's character types. */
    static boolean isCharacterType(String canonicalName) {
        return canonicalName.equals("text") || canonicalName.equals("character varying")
                || canonicalName.equals("character") || canonicalName.equals("name");
    }
}
