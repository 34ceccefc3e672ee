package dev.tusk.query;

import dev.tusk.exception.NotFoundException;
import dev.tusk.exception.ValidationException;
import dev.tusk.mapping.Row;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.render.SqlStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query over one entity's table, from {@code db.from(User.class)}. Immutable: every builder
 * method returns a new query, so a base query can be shared and refined. Nothing runs until a
 * terminal word: {@code list}, {@code one}, {@code findOne}, {@code first}, {@code stream},
 * {@code count}, {@code exists}, {@code page}, {@code keyset}, {@code values}, {@code pluck},
 * {@code into}, {@code aggregate}, {@code rows}; {@code toSql} shows the SQL without running it.
 * Filtered writes ({@code update}, {@code delete}, {@code softDelete}, {@code restore},
 * {@code forceDelete} and the {@code ...Returning} forms) run on the rows the query's conditions
 * select; a query with none needs {@code all()}.
 *
 * <pre>{@code
 * List<User> adults = db.from(User.class)
 *         .where(User_.age.gte(18), User_.username.startsWith("a"))
 *         .orderBy(User_.username.asc())
 *         .limit(20)
 *         .list();
 * }</pre>
 *
 * @param <T> the entity
 */
public final class Query<T> {
    private static final int DEFAULT_FETCH_SIZE = 1_000;

    private final QueryEngine engine;
    private final Class<T> entity;
    private final QueryState state;

    private Query(QueryEngine engine, Class<T> entity, QueryState state) {
        this.engine = engine;
        this.entity = entity;
        this.state = state;
    }

    /** A query over all rows of {@code entity}'s table; used by {@code Database.from}. */
    public static <T> Query<T> of(QueryEngine engine, Class<T> entity) {
        EntityModel.of(entity).requireKey("from");
        return new Query<>(engine, entity, QueryState.of(entity));
    }

    public Class<T> entity() {
        return entity;
    }

    // ---- filters

    /** Adds conditions, AND-ed with each other and with earlier ones. */
    public Query<T> where(Condition... conditions) {
        return with(state.withWhere(QueryState.plus(state.where(), checked(conditions, "where"))));
    }

    /** Excludes rows matching all of {@code conditions}: {@code WHERE NOT (a AND b)}. */
    public Query<T> whereNot(Condition... conditions) {
        List<Condition> all = checked(conditions, "whereNot");
        if (all.isEmpty()) {
            // NOT (no conditions) would be NOT TRUE: it would silently exclude every row
            throw new ValidationException("whereNot(...) needs at least one condition");
        }
        return where(Conditions.not(all.size() == 1 ? all.get(0) : new Condition.And(all)));
    }

    /**
     * Query by example: every non-null field of {@code probe} becomes an equality. Primitive fields
     * count only when they differ from zero or false (a primitive cannot say "unset").
     */
    public Query<T> whereExample(T probe) {
        return with(state.withWhere(QueryState.plus(state.where(), Conditions.example(entity, probe))));
    }

    // ---- shape

    public Query<T> orderBy(Order... orders) {
        return with(state.withOrderBy(QueryState.plus(state.orderBy(), checked(orders, "orderBy"))));
    }

    /** At most {@code count} rows; negative values are refused. */
    public Query<T> limit(long count) {
        if (count < 0) {
            throw new ValidationException("limit must not be negative, got " + count);
        }
        return with(state.withLimit(count));
    }

    /** Skips {@code count} rows; negative values are refused. */
    public Query<T> offset(long count) {
        if (count < 0) {
            throw new ValidationException("offset must not be negative, got " + count);
        }
        return with(state.withOffset(count));
    }

    /** Loads only these fields (and the key); the others stay null or zero. */
    @SafeVarargs
    public final Query<T> only(Col<T, ?>... columns) {
        return with(state.withOnly(names(columns, "only")));
    }

    /** The same as {@link #only}. */
    @SafeVarargs
    public final Query<T> select(Col<T, ?>... columns) {
        return only(columns);
    }

    /** Loads every field but these; they stay null or zero. Key fields cannot be deferred. */
    @SafeVarargs
    public final Query<T> defer(Col<T, ?>... columns) {
        return with(state.withDeferred(names(columns, "defer")));
    }

    public Query<T> distinct() {
        return with(state.withDistinct(new SelectQuery.Distinct(true, List.of())));
    }

    /** {@code DISTINCT ON (...)}: the first row of each group, in ORDER BY order. */
    public Query<T> distinctOn(Expression<?>... expressions) {
        return with(state.withDistinct(new SelectQuery.Distinct(true, nodes(expressions, "distinctOn"))));
    }

    /** Adds computed values under their aliases; read them with {@link #rows()} or {@link #into}. */
    public Query<T> annotate(Selection... selections) {
        return with(state.withAnnotations(QueryState.plus(state.annotations(), checked(selections, "annotate"))));
    }

    public Query<T> groupBy(Expression<?>... expressions) {
        return with(state.withGrouping(new SelectQuery.Grouping(
                QueryState.plus(state.grouping().groupBy(), nodes(expressions, "groupBy")), state.grouping().having())));
    }

    public Query<T> having(Condition... conditions) {
        return with(state.withGrouping(new SelectQuery.Grouping(state.grouping().groupBy(),
                QueryState.plus(state.grouping().having(), checked(conditions, "having")))));
    }

    /** Adds common table expressions ({@code WITH}); several may be given, recursive ones too. */
    public Query<T> with(Cte... ctes) {
        return with(state.withCtes(QueryState.plus(state.ctes(), checked(ctes, "with"))));
    }

    /** Reads from a CTE of this query instead of the table; its rows must have this entity's columns. */
    public Query<T> fromCte(String name) {
        return with(state.withSource(new Source.CteRef(name, entity)));
    }

    /** {@code FOR UPDATE}: lock the rows read until the transaction ends. */
    public Query<T> forUpdate() {
        return with(state.withLock(new Lock(Lock.Strength.UPDATE, Lock.Wait.WAIT, List.of())));
    }

    /** {@code FOR SHARE}. */
    public Query<T> forShare() {
        return with(state.withLock(new Lock(Lock.Strength.SHARE, Lock.Wait.WAIT, List.of())));
    }

    /** With a lock: skip rows another transaction holds ({@code SKIP LOCKED}), as job queues do. */
    public Query<T> skipLocked() {
        return with(state.withLock(requireLock("skipLocked").withWait(Lock.Wait.SKIP_LOCKED)));
    }

    /** With a lock: fail at once with {@code LockTimeoutException} when a row is taken. */
    public Query<T> noWait() {
        return with(state.withLock(requireLock("noWait").withWait(Lock.Wait.NOWAIT)));
    }

    /** With a lock: lock only these entities' tables ({@code FOR UPDATE OF ...}). */
    public Query<T> of(Class<?>... entities) {
        return with(state.withLock(requireLock("of").withOf(checked(entities, "of"))));
    }

    /**
     * pgvector nearest-neighbour order: {@code ORDER BY col <=> ?} ahead of any order given before
     * (which then only breaks ties), the distance selected as {@code distance} (read it with
     * {@link #rows()} or {@link #into}), and rows whose vector is NULL left out (see
     * {@link #nearest(VectorCol, float[], VectorMetric, boolean)}).
     */
    public Query<T> nearest(VectorCol<T> column, float[] vector, VectorMetric metric) {
        return nearest(column, vector, metric, true);
    }

    /** As {@link #nearest(VectorCol, float[], VectorMetric)}; {@code nullGuard = false} keeps NULL vectors (they sort last). */
    public Query<T> nearest(VectorCol<T> column, float[] vector, VectorMetric metric, boolean nullGuard) {
        return VectorSupport.nearest(this, column, vector, metric, nullGuard);
    }

    // ---- soft-deleted rows

    /** Soft-deleted rows too (a {@code @SoftDelete} entity's queries leave them out by default). */
    public Query<T> withDeleted() {
        return deleted(DeletedRows.ALL, "withDeleted");
    }

    /** Only soft-deleted rows: the trash, to {@link #restore()} or {@link #forceDelete()}. */
    public Query<T> onlyDeleted() {
        return deleted(DeletedRows.DELETED, "onlyDeleted");
    }

    // ---- filtered writes

    /** Lets a write without {@code where(...)} touch every row; without it such a write is refused before SQL. */
    public Query<T> all() {
        return with(state.withEveryRow());
    }

    /**
     * {@code UPDATE ... SET ... WHERE <this query's conditions>}; with {@code @Version} the version is
     * bumped too. Values are checked before SQL; a query with no condition needs {@link #all()}.
     *
     * @return the number of rows updated
     */
    public long update(Assignment... assignments) {
        return engine.write(writes().update(checked(assignments, "update"), false, "update"));
    }

    /** {@link #update} returning the updated rows as entities ({@code RETURNING}). */
    public List<T> updateReturning(Assignment... assignments) {
        return engine.writeReturning(writes().update(checked(assignments, "updateReturning"), true, "updateReturning"),
                entity);
    }

    /**
     * {@code DELETE ... WHERE <this query's conditions>}; for a {@code @SoftDelete} entity a soft delete
     * ({@link #softDelete()}). A query with no condition needs {@link #all()}.
     *
     * @return the number of rows deleted
     */
    public long delete() {
        return engine.write(writes().delete(false, "delete"));
    }

    /** {@link #delete()} returning the deleted rows (soft-deleted ones with their timestamp). */
    public List<T> deleteReturning() {
        return engine.writeReturning(writes().delete(true, "deleteReturning"), entity);
    }

    /** Sets the {@code @SoftDelete} timestamp to {@code now()} on the matching live rows; returns how many. */
    public long softDelete() {
        return engine.write(writes().softDelete(false, "softDelete"));
    }

    /** Clears the {@code @SoftDelete} timestamp of the matching soft-deleted rows (after {@link #onlyDeleted()}). */
    public long restore() {
        return engine.write(writes().restore("restore"));
    }

    /** Deletes the rows this query sees for good (live ones unless {@link #withDeleted()}/{@link #onlyDeleted()}). */
    public long forceDelete() {
        return engine.write(writes().forceDelete("forceDelete"));
    }

    /**
     * Loads a relation of the rows, and optionally relations of what it loads, after the query: one
     * extra statement per relation and level ({@code WHERE key = ANY(?)}), whatever the row count.
     * {@code prefetch(User_.posts, Post_.tags)} loads each user's posts and each post's tags; call it
     * again for another path. The slots of returned entities are filled (records are rebuilt).
     *
     * @throws ValidationException when the path does not start at this query's entity or a step does
     *                             not start where the previous one points
     */
    public Query<T> prefetch(Relation<? super T, ?> relation, Relation<?, ?>... deeper) {
        List<Relation<?, ?>> path = QueryRelations.prefetchPath(entity, relation, deeper);
        return with(state.withPrefetch(QueryState.plus(state.prefetch(), List.of(path))));
    }

    /**
     * Loads to-one relations in the same statement: {@code LEFT JOIN} of each target on the foreign
     * key, its columns selected after the entity's, its slot filled (a record is rebuilt; null when
     * the key is null or points nowhere). For to-many relations use {@link #prefetch}, which does not
     * multiply rows.
     *
     * @throws ValidationException when a relation is null or belongs to another entity
     */
    @SafeVarargs
    public final Query<T> include(Relation.ToOne<? super T, ?>... relations) {
        return with(state.withIncludes(QueryRelations.includes(entity, state.includes(), relations)));
    }

    // ---- terminal words

    public List<T> list() {
        return loaded(engine.list(toAst(), entity));
    }

    private List<T> loaded(List<T> rows) {
        return QueryRelations.loaded(engine, state, rows);
    }

    private Optional<T> loaded(Optional<T> row) {
        return row.isEmpty() || state.prefetch().isEmpty() ? row : Optional.of(loaded(List.of(row.get())).get(0));
    }

    /** Exactly one row: NotFoundException for none, NonUniqueResultException for more. */
    public T one() {
        return findOne().orElseThrow(() -> new NotFoundException("expected one " + entity.getSimpleName()
                + " for this query, found none"));
    }

    /** At most one row; NonUniqueResultException for more. */
    public Optional<T> findOne() {
        return loaded(engine.findOne(toAst(), entity));
    }

    /** The first row in query order, if any (adds LIMIT 1; a LIMIT 0 stays: no rows, no first). */
    public Optional<T> first() {
        return loaded(engine.first(limit(state.limit() == null ? 1 : Math.min(1, state.limit())).toAst(), entity));
    }

    /**
     * The rows as a stream read through a server-side cursor, {@value #DEFAULT_FETCH_SIZE} at a time:
     * constant memory over any number of rows. Holds a connection until closed: use try-with-resources.
     */
    public Stream<T> stream() {
        return stream(DEFAULT_FETCH_SIZE);
    }

    public Stream<T> stream(int fetchSize) {
        if (fetchSize < 1) {
            throw new ValidationException("fetchSize must be at least 1, got " + fetchSize);
        }
        Stream<T> rows = engine.stream(toAst(), entity, fetchSize);
        return state.prefetch().isEmpty() ? rows : Chunks.of(rows, fetchSize, this::loaded);
    }

    /** The number of rows this query returns (its LIMIT and OFFSET included). */
    public long count() {
        return engine.count(toAst());
    }

    public boolean exists() {
        return engine.exists(toAst());
    }

    /** Rows with the entity's columns and any annotations, as {@link Row}s. */
    public List<Row> rows() {
        return engine.rows(toAst());
    }

    /** Only these values per row: {@code values(User_.id.as("id"), lower(User_.email).as("email"))}. */
    public List<Row> values(Selection... selections) {
        return engine.rows(withSelections(checked(selections, "values")));
    }

    /**
     * One column per row, read with its field's type. Only that column is selected (no key, no
     * annotations), so {@code distinct().pluck(col)} gives each value once.
     */
    public <V> List<V> pluck(Col<T, V> column) {
        PropertyModel property = EntityModel.of(entity).property(column.name());
        List<T> loaded = engine.list(withSelections(List.of(Projections.single(entity, property))), entity);
        return Projections.values(entity, property, loaded);
    }

    /** The rows mapped into {@code shape}, a record or class whose fields name columns or annotation aliases. */
    public <R> List<R> into(Class<R> shape) {
        return engine.list(withSelections(Projections.selectionsFor(shape, entity, state.annotations())), shape);
    }

    /** Aggregates over the filtered rows, in one row: {@code aggregate(sum(Order_.total).as("total"))}. */
    public Row aggregate(Selection... aggregates) {
        SelectQuery ast = withSelections(checked(aggregates, "aggregate"));
        SelectQuery whole = new SelectQuery(ast.ctes(), ast.source(), ast.selections(), ast.distinct(), ast.where(),
                ast.grouping(), List.of(), null, null, null);
        return engine.rows(whole).get(0);
    }

    /** One page, numbered from 1, with the total count. */
    public Page<T> page(int number, int size) {
        return Pagination.page(this, number, size);
    }

    /**
     * The rows after {@code cursor} in ORDER BY order (the key is added as a tie-breaker), stable under
     * concurrent inserts. Pass {@code null} for the first slice, then {@link Slice#nextCursor()}.
     */
    public Slice<T> keyset(int size, String cursor) {
        return Pagination.keyset(this, size, cursor);
    }

    /** The SQL and parameters this query would send, without running it. */
    public SqlStatement toSql() {
        return engine.render(toAst());
    }

    /** This query as an AST, the entity's columns selected (and its {@link #include}d relations joined). */
    public SelectQuery toAst() {
        return QueryRelations.withIncludes(withSelections(Projections.entitySelections(entity, state)), state);
    }

    /** This query as an AST selecting one expression, as {@code value} (for {@code IN} and scalar subqueries). */
    public SelectQuery toAst(Expression<?> value) {
        if (value == null) {
            throw new ValidationException("a subquery needs the expression it selects, got null");
        }
        return withSelections(List.of(new Selection(value.node(), "value")));
    }

    // ---- internals shared with Pagination

    QueryEngine engine() {
        return engine;
    }

    QueryState state() {
        return state;
    }

    Query<T> with(QueryState changed) {
        return new Query<>(engine, entity, changed);
    }

    private SelectQuery withSelections(List<Selection> selections) {
        return new SelectQuery(state.ctes(), state.source(), selections, state.distinct(), state.effectiveWhere(),
                state.grouping(), state.orderBy(), state.limit(), state.offset(), state.lock());
    }

    private WriteBuilder writes() {
        return new WriteBuilder(entity, state);
    }

    private Query<T> deleted(DeletedRows rows, String operation) {
        DeletedRows.marker(entity, operation);
        return with(state.withDeleted(rows));
    }

    private Lock requireLock(String operation) {
        if (state.lock() == null) {
            throw new ValidationException(operation + "() needs a row lock first: call forUpdate() or forShare()");
        }
        return state.lock();
    }

    private List<String> names(Col<T, ?>[] columns, String operation) {
        return checked(columns, operation).stream().map(Col::name).toList();
    }

    private static List<Expr> nodes(Expression<?>[] expressions, String operation) {
        return checked(expressions, operation).stream().map(Expression::node).toList();
    }

    private static <X> List<X> checked(X[] items, String operation) {
        if (items == null || Arrays.asList(items).contains(null)) {
            throw new ValidationException(operation + "(...) arguments must not be null");
        }
        return List.of(items);
    }
}
