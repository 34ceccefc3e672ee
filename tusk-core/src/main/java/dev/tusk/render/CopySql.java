package dev.tusk.render;

import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of a binary COPY: the {@code COPY ... FROM STDIN} itself, and the catalog query
 * that reads the table's column types once, so the bytes can be checked against them before any
 * row is sent.
 */
public final class CopySql {
    /**
     * One row per column of the table named by the parameter (resolved like the COPY resolves it):
     * name, base type name and {@code typtype} (a domain resolved to its base), and for arrays the
     * element OID the binary array must carry, with the element's base name and {@code typtype}.
     * No rows when the table does not exist.
     */
    private static final String COLUMN_TYPES = """
            SELECT a.attname, bt.typname, bt.typtype, \
            CASE WHEN bt.typcategory = 'A' THEN bt.typelem ELSE 0 END, ebt.typname, ebt.typtype \
            FROM pg_catalog.pg_attribute a \
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid \
            JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END \
            LEFT JOIN pg_catalog.pg_type et ON et.oid = bt.typelem AND bt.typcategory = 'A' \
            LEFT JOIN pg_catalog.pg_type ebt ON ebt.oid = CASE WHEN et.typtype = 'd' THEN et.typbasetype ELSE et.oid END \
            WHERE a.attrelid = pg_catalog.to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped""";

    private CopySql() {
    }

    /**
     * {@code COPY "schema"."table" ("a", "b") FROM STDIN (FORMAT binary)}, columns in the given order.
     */
    public static String copyIn(EntityModel<?> model, List<PropertyModel> columns) {
        return "COPY " + model.qualifiedTable() + " ("
                + columns.stream().map(PropertyModel::quotedColumn).collect(Collectors.joining(", "))
                + ") FROM STDIN (FORMAT binary)";
    }

    /**
     * The column types of the entity's table; the parameter is {@link EntityModel#qualifiedTable()}.
     * Columns: name, type name, type kind, element OID (0 for none), element type name, element kind.
     */
    public static SqlStatement columnTypes(EntityModel<?> model) {
        return SqlStatement.of(COLUMN_TYPES, model.qualifiedTable());
    }
}
