package dev.tusk.type;

import java.util.Locale;
import java.util.Set;

/**
 * The type of a table column as {@code pg_type} describes it, domains resolved to their base
 * type: what {@link BinaryEncoder#forColumn} checks binary bytes against before a COPY.
 *
 * @param name        the base type's {@code typname} ({@code int4}, {@code varchar}, {@code _text}, {@code mood})
 * @param kind        its {@code typtype}: {@code b} base, {@code e} enum, {@code c} composite, {@code r} range...
 * @param elementOid  for an array, the element type's OID (what the binary array must name); 0 otherwise
 * @param elementName for an array, the element's base {@code typname}; null otherwise
 * @param elementKind for an array, the element's {@code typtype}; {@code ' '} otherwise
 */
public record ColumnType(String name, char kind, int elementOid, String elementName, char elementKind) {
    /** Types whose binary form is their UTF-8 text, so a text encoder's bytes fit them. */
    private static final Set<String> TEXT_FORM = Set.of("text", "varchar", "bpchar", "name", "citext", "json", "xml");

    /** A scalar column type. */
    public static ColumnType scalar(String name, char kind) {
        return new ColumnType(name, kind, 0, null, ' ');
    }

    public boolean isArray() {
        return elementOid != 0;
    }

    /** The element type of an array column. */
    public ColumnType element() {
        return scalar(elementName, elementKind);
    }

    /** Whether the server reads this type's binary input as UTF-8 text (text, varchar, char, json, an enum...). */
    public boolean takesText() {
        return !isArray() && (kind == 'e' || TEXT_FORM.contains(name));
    }

    /** The name as SQL spells it, for messages: {@code integer} for {@code int4}, {@code text[]} for {@code _text}. */
    public String describe() {
        return isArray() ? sqlName(elementName) + "[]" : sqlName(name);
    }

    private static String sqlName(String typname) {
        return switch (typname.toLowerCase(Locale.ROOT)) {
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            case "bool" -> "boolean";
            case "bpchar" -> "character";
            case "varchar" -> "character varying";
            case "timestamptz" -> "timestamp with time zone";
            case "timetz" -> "time with time zone";
            default -> typname;
        };
    }
}
