package dev.tusk.processor;

import com.palantir.javapoet.ClassName;

/**
 * The names of the tusk-core types the processor reads and writes. It knows them by name only, so
 * the processor path needs no tusk-core.
 */
final class TuskNames {
    static final String TABLE = "dev.tusk.annotation.Table";
    static final String TRANSIENT = "dev.tusk.annotation.Transient";
    static final String JSON = "dev.tusk.annotation.Json";
    static final String VECTOR = "dev.tusk.annotation.Vector";
    static final String COLUMN = "dev.tusk.annotation.Column";
    static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
    static final String MANY_TO_ONE = "dev.tusk.annotation.ManyToOne";
    static final String ONE_TO_MANY = "dev.tusk.annotation.OneToMany";
    static final String MANY_TO_MANY = "dev.tusk.annotation.ManyToMany";

    private static final String QUERY = "dev.tusk.query";
    static final ClassName STRING_COL = ClassName.get(QUERY, "StringCol");
    static final ClassName NUMBER_COL = ClassName.get(QUERY, "NumberCol");
    static final ClassName BOOLEAN_COL = ClassName.get(QUERY, "BooleanCol");
    static final ClassName TEMPORAL_COL = ClassName.get(QUERY, "TemporalCol");
    static final ClassName UUID_COL = ClassName.get(QUERY, "UuidCol");
    static final ClassName ENUM_COL = ClassName.get(QUERY, "EnumCol");
    static final ClassName JSON_COL = ClassName.get(QUERY, "JsonCol");
    static final ClassName ARRAY_COL = ClassName.get(QUERY, "ArrayCol");
    static final ClassName VECTOR_COL = ClassName.get(QUERY, "VectorCol");
    static final ClassName VALUE_COL = ClassName.get(QUERY, "ValueCol");
    static final ClassName RELATION = ClassName.get(QUERY, "Relation");

    private TuskNames() {
    }
}
