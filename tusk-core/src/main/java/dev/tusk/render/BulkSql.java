package dev.tusk.render;

import dev.tusk.exception.MappingException;
import dev.tusk.mapping.EntityPlan;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.EntityModel;
import dev.tusk.model.Identifier;
import dev.tusk.model.PropertyModel;
import dev.tusk.query.Condition;
import dev.tusk.query.Source;
import dev.tusk.type.TypeCodec;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The many-row statements of one entity: insert, upsert and update of a whole chunk in one
 * statement. Each column travels as one {@code text[]} parameter (the values in their PostgreSQL
 * text form), spread into rows by {@code unnest(...) WITH ORDINALITY}, so a statement has one
 * parameter per column however many rows it carries, and its text depends only on which columns
 * are sent: written once per shape and cached.
 *
 * <p>The rows are typed in SQL: {@code CAST("u"."c" AS <the codec's type>)}. Character and bit
 * strings are cast to {@code text} and {@code varbit} instead of their declared {@code varchar(n)},
 * {@code char(n)} or {@code bit(n)}, because an explicit cast to those truncates silently, while the
 * assignment to the column then rejects a value that is too long, as a single-row insert does.
 *
 * <p>Inserts feed the rows {@code ORDER BY} their ordinality. Updates return the ordinality of every
 * row they changed. Upserts run the insert in a CTE and join its {@code RETURNING} rows back to the
 * input on the conflict columns, so each input row gets its stored row (or none: skipped), in input
 * order.
 */
public final class BulkSql {
    /**
     * The columns of a unique or primary key constraint, in key order. Parameters: the quoted,
     * qualified table name, then the constraint name. No rows when there is no such constraint.
     */
    public static final String CONSTRAINT_COLUMNS = "SELECT a.attname FROM pg_catalog.pg_constraint c"
            + " CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum"
            + " WHERE c.conrelid = to_regclass(?) AND c.conname = ? AND c.contype IN ('p', 'u') ORDER BY k.position";
    private static final Pattern TYPE_NAME = Pattern.compile(
            "^[A-Za-z_\"][A-Za-z0-9_ .$\"]*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?(\\s*\\[\\s*])*$");
    private static final Pattern MODIFIER = Pattern.compile("\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\)");
    private static final List<String> CHARACTER_TYPES = List.of("varchar", "character varying", "char", "character",
            "bpchar");
    private static final List<String> BIT_TYPES = List.of("bit", "bit varying", "varbit");

    private final EntityPlans plans;
    private final EntityModel<?> model;
    private final String[] castTypes;
    private final String ordinal;
    private final String inserted;
    private final Map<BitSet, String> inserts = new ConcurrentHashMap<>();
    private final Map<BitSet, String> updates = new ConcurrentHashMap<>();

    /** The bulk statements of {@code type} with the codecs of {@code plans}. */
    public BulkSql(EntityPlans plans, Class<?> type) {
        this.plans = plans;
        EntityPlan<?> plan = plans.of(type);
        this.model = plan.model();
        this.castTypes = new String[model.properties().size()];
        for (PropertyModel property : model.properties()) {
            castTypes[property.slot()] = castType(plan.codec(property), property);
        }
        this.ordinal = freeName("ord$");
        this.inserted = freeName("inserted$");
    }

    /**
     * {@code INSERT INTO t (<sent>) SELECT ... FROM unnest(?, ...) WITH ORDINALITY ... ORDER BY <ordinality>
     * [RETURNING <omitted>]}. Parameters: one {@code text[]} per sent column (every column not in
     * {@code omitted}), in table order; with none sent, one integer: the row count. Returned: the
     * omitted columns in table order, one row per input row.
     */
    public String insert(BitSet omitted) {
        return inserts.computeIfAbsent(omitted, shape -> {
            List<PropertyModel> sent = select(property -> !shape.get(property.slot()));
            List<PropertyModel> returned = select(property -> shape.get(property.slot()));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(model.qualifiedTable());
            if (sent.isEmpty()) {
                // zero columns selected: PostgreSQL fills every column with its default
                sql.append(" SELECT FROM generate_series(1, ?) AS \"u\"(").append(Identifier.quote(ordinal))
                        .append(") ORDER BY \"u\".").append(Identifier.quote(ordinal));
            } else {
                sql.append(" (").append(join(sent, PropertyModel::quotedColumn)).append(") SELECT ")
                        .append(join(sent, property -> "\"v\"." + property.quotedColumn())).append(" FROM ")
                        .append(typedRows(sent)).append(" AS \"v\" ORDER BY \"v\".").append(Identifier.quote(ordinal));
            }
            if (!returned.isEmpty()) {
                sql.append(" RETURNING ").append(join(returned, PropertyModel::quotedColumn));
            }
            return sql.toString();
        });
    }

    /**
     * {@code UPDATE t SET <set> = v.<set>[, version = version + 1] FROM (<rows>) AS v WHERE <key> = v.<key>
     * [AND version = v.version] RETURNING v.<ordinality>}. Parameters: one {@code text[]} per column of
     * {@link #updateSent}, in that order. Returned: the ordinality (1-based) of every row changed.
     *
     * @param set slots of the columns to set (never key or version columns)
     */
    public String update(BitSet set) {
        return updates.computeIfAbsent(set, shape -> {
            List<PropertyModel> sent = updateSent(shape);
            List<PropertyModel> matched = select(property -> property.id() || property.version());
            String assignments = shape.stream().mapToObj(slot -> model.properties().get(slot).quotedColumn())
                    .map(column -> column + " = \"v\"." + column).collect(Collectors.joining(", "));
            String versionBump = model.version().map(version -> version.quotedColumn() + " = \"t0\"."
                    + version.quotedColumn() + " + 1").orElse("");
            String separator = assignments.isEmpty() || versionBump.isEmpty() ? "" : ", ";
            return "UPDATE " + model.qualifiedTable() + " AS \"t0\" SET " + assignments + separator + versionBump
                    + " FROM " + typedRows(sent) + " AS \"v\" WHERE "
                    + matched.stream().map(property -> "\"t0\"." + property.quotedColumn() + " = \"v\"."
                    + property.quotedColumn()).collect(Collectors.joining(" AND "))
                    + " RETURNING \"v\"." + Identifier.quote(ordinal);
        });
    }

    /** The columns an {@link #update} sends, in table order: keys, version and the set columns. */
    public List<PropertyModel> updateSent(BitSet set) {
        return select(property -> property.id() || property.version() || set.get(property.slot()));
    }

    /**
     * An upsert of one chunk.
     *
     * @param omitted    slots left to the database (every other column is sent)
     * @param target     the conflict columns; the input rows join to the stored rows on them
     * @param constraint the constraint to name in {@code ON CONFLICT ON CONSTRAINT}, or null to list {@code target}
     * @param set        columns to set from the proposed row; null for {@code DO NOTHING}
     * @param where      the {@code DO UPDATE ... WHERE} condition (stored row: the entity's columns;
     *                   proposed row: {@code outer(...)} columns), or null
     */
    public record Upsert(BitSet omitted, List<PropertyModel> target, String constraint, List<PropertyModel> set,
                         Condition where) {}

    /**
     * {@code WITH v AS (<rows>), w AS (INSERT ... SELECT ... FROM v ORDER BY <ordinality> ON CONFLICT ...
     * RETURNING *, (xmax = 0)) SELECT w.*, w.inserted FROM v LEFT JOIN w ON <target> ORDER BY <ordinality>}:
     * one row per input row, in input order, with every column in table order then the inserted flag
     * (true inserted, false updated, NULL skipped). On update the version, if any, goes up by one.
     *
     * @param arrays one {@code text[]} value per sent column, in table order
     * @param arrayCodec the codec that binds them
     */
    public RenderedQuery upsert(Upsert upsert, List<Object> arrays, TypeCodec<?> arrayCodec) {
        List<PropertyModel> sent = select(property -> !upsert.omitted().get(property.slot()));
        QueryRenderer.RenderPass pass = new QueryRenderer.RenderPass(new SqlWriter(), new RenderScope(plans));
        SqlWriter writer = pass.writer();
        // the proposed row is the outer level, so outer(column) in the condition renders as "excluded"."column"
        RenderScope scope = pass.scope();
        scope.enter(new Source.CteRef("excluded", model.type()));
        String stored = Identifier.quote(scope.enter(new Source.Table(model.type())).alias());
        try {
            writer.append("WITH \"v\" AS ");
            typedRows(sent, writer, arrays, arrayCodec);
            writer.append(", \"w\" AS (INSERT INTO ").append(model.qualifiedTable()).append(" AS ").append(stored)
                    .append(" (").append(join(sent, PropertyModel::quotedColumn)).append(") SELECT ")
                    .append(join(sent, PropertyModel::quotedColumn)).append(" FROM \"v\" ORDER BY ")
                    .append(Identifier.quote(ordinal)).append(" ON CONFLICT ")
                    .append(upsert.constraint() != null ? "ON CONSTRAINT " + Identifier.quote(upsert.constraint())
                            : "(" + join(upsert.target(), PropertyModel::quotedColumn) + ")");
            if (upsert.set() == null) {
                writer.append(" DO NOTHING");
            } else {
                doUpdate(upsert, stored, pass);
            }
            writer.append(" RETURNING ").append(join(model.properties(), property -> stored + "." + property.quotedColumn()))
                    .append(", (").append(stored).append(".\"xmax\" = 0) AS ").append(Identifier.quote(inserted))
                    .append(") SELECT ").append(join(model.properties(), property -> "\"w\"." + property.quotedColumn()))
                    .append(", \"w\".").append(Identifier.quote(inserted)).append(" FROM \"v\" LEFT JOIN \"w\" ON ")
                    .append(upsert.target().stream().map(property -> "\"w\"." + property.quotedColumn() + " = \"v\"."
                            + property.quotedColumn()).collect(Collectors.joining(" AND ")))
                    .append(" ORDER BY \"v\".").append(Identifier.quote(ordinal));
        } finally {
            scope.leave();
            scope.leave();
        }
        return writer.finish();
    }

    private void doUpdate(Upsert upsert, String stored, QueryRenderer.RenderPass pass) {
        String assignments = upsert.set().stream().map(property -> property.quotedColumn() + " = EXCLUDED."
                + property.quotedColumn()).collect(Collectors.joining(", "));
        String versionBump = model.version().map(version -> version.quotedColumn() + " = " + stored + "."
                + version.quotedColumn() + " + 1").orElse("");
        String separator = assignments.isEmpty() || versionBump.isEmpty() ? "" : ", ";
        pass.writer().append(" DO UPDATE SET ").append(assignments).append(separator).append(versionBump);
        if (upsert.where() != null) {
            pass.writer().append(" WHERE ");
            pass.condition(upsert.where());
        }
    }

    /**
     * {@code (SELECT CAST("u"."a" AS t) AS "a", ..., "u"."ord$" FROM unnest(CAST(? AS text[]), ...)
     * WITH ORDINALITY AS "u"("a", ..., "ord$"))}, one array parameter per sent column.
     *
     * @param arrays the arrays to bind, in the order of {@code sent}; null to write the placeholders only
     */
    private void typedRows(List<PropertyModel> sent, SqlWriter writer, List<Object> arrays, TypeCodec<?> arrayCodec) {
        writer.append("(SELECT ").append(join(sent, property -> "CAST(\"u\"." + property.quotedColumn() + " AS "
                + castTypes[property.slot()] + ") AS " + property.quotedColumn())).append(", \"u\".")
                .append(Identifier.quote(ordinal)).append(" FROM unnest(");
        for (int index = 0; index < sent.size(); index++) {
            writer.append(index == 0 ? "CAST(" : ", CAST(")
                    .bind(arrays == null ? null : arrays.get(index), arrayCodec, sent.get(index).column())
                    .append(" AS text[])");
        }
        writer.append(") WITH ORDINALITY AS \"u\"(").append(join(sent, PropertyModel::quotedColumn)).append(", ")
                .append(Identifier.quote(ordinal)).append("))");
    }

    /** {@link #typedRows} as text with placeholders, for the statements cached by shape. */
    private String typedRows(List<PropertyModel> sent) {
        SqlWriter writer = new SqlWriter();
        typedRows(sent, writer, null, null);
        return writer.finish().statement().sql();
    }

    /**
     * The type to cast a column's text to: the codec's SQL type, but {@code text} for character strings
     * and {@code varbit} for bit strings (arrays alike), whose explicit casts would truncate.
     */
    private String castType(TypeCodec<?> codec, PropertyModel property) {
        String declared = codec.sqlType().strip();
        if (!TYPE_NAME.matcher(declared).matches()) {
            throw new MappingException(model.type().getName() + "." + property.name() + " maps to the SQL type '"
                    + declared + "', which is not a type name Tusk can write into a cast: declare a plain type name");
        }
        String arrays = declared.replaceAll("^[^\\[]*", "").replaceAll("\\s", "");
        String base = MODIFIER.matcher(declared.replaceAll("\\[.*$", "")).replaceAll("").strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (CHARACTER_TYPES.contains(base)) {
            return "text" + arrays;
        }
        if (BIT_TYPES.contains(base)) {
            return "varbit" + arrays;
        }
        return declared;
    }

    /** {@code name}, or {@code name$$...} when a column already has that name. */
    private String freeName(String name) {
        String free = name;
        while (model.find(free).isPresent()) {
            free = free + "$";
        }
        return free;
    }

    private List<PropertyModel> select(java.util.function.Predicate<PropertyModel> filter) {
        return model.properties().stream().filter(filter).toList();
    }

    private static String join(List<PropertyModel> properties, Function<PropertyModel, String> part) {
        return properties.stream().map(part).collect(Collectors.joining(", "));
    }
}
