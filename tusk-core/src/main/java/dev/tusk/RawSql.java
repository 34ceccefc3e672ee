package dev.tusk;

import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Call;
import dev.tusk.exec.Executor;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.mapping.ResultMappers;
import dev.tusk.mapping.Row;
import dev.tusk.render.ParsedSql;
import dev.tusk.render.SqlStatement;
import dev.tusk.type.TypeCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-written SQL statement with {@code :named} or {@code ?} placeholders, from
 * {@link Database#sql(String)}. The text is parsed once (and cached); values are always bound, never
 * spliced into the text. Bind with {@link #bind(String, Object)} or {@link #bind(int, Object)}, then
 * end with one terminal word. Not thread-safe: build, run, discard.
 *
 * <pre>{@code
 * List<User> adults = db.sql("select * from users where age >= :age order by id")
 *         .bind("age", 18)
 *         .list(User.class);
 * long changed = db.sql("update users set active = false where last_seen < ?").bind(1, cutoff).execute();
 * }</pre>
 */
public final class RawSql {
    private final ParsedSql parsed;
    private final Executor executor;
    private final EntityPlans plans;
    private final Map<String, Object> named = new HashMap<>();
    private final List<Object> positional;
    private final boolean[] positionalBound;

    RawSql(String text, Executor executor, EntityPlans plans) {
        this.parsed = ParsedSql.cached(text);
        this.executor = executor;
        this.plans = plans;
        this.positional = new ArrayList<>(java.util.Collections.nCopies(parsed.positionalCount(), null));
        this.positionalBound = new boolean[parsed.positionalCount()];
    }

    /** Binds a {@code :name} placeholder. Every occurrence of the name gets the value. */
    public RawSql bind(String name, Object value) {
        if (!parsed.isNamed() || !parsed.parameterNames().contains(name)) {
            throw new ValidationException("no placeholder :" + name + " in this SQL; it has "
                    + (parsed.isNamed() ? parsed.parameterNames().stream().map(n -> ":" + n).toList()
                    : parsed.positionalCount() + " positional ? placeholders (bind them by index)"));
        }
        named.put(name, value);
        return this;
    }

    /** Binds the {@code index}-th {@code ?} placeholder, counting from 1. */
    public RawSql bind(int index, Object value) {
        if (parsed.isNamed() || index < 1 || index > parsed.positionalCount()) {
            throw new ValidationException("no placeholder ? number " + index + " in this SQL; it has "
                    + (parsed.isNamed() ? "named placeholders " + parsed.parameterNames() + " (bind them by name)"
                    : parsed.positionalCount() + " positional placeholders (1 to " + parsed.positionalCount() + ")"));
        }
        positional.set(index - 1, value);
        positionalBound[index - 1] = true;
        return this;
    }

    /** Every row, mapped into {@code type}: an entity or record by column label, or a scalar from one column. */
    public <T> List<T> list(Class<T> type) {
        return executor.query(call(type), ResultMappers.list(type, plans));
    }

    /** Exactly one row into {@code type}; NotFoundException or NonUniqueResultException otherwise. */
    public <T> T one(Class<T> type) {
        return executor.query(call(type), ResultMappers.one(rows -> mapper(type, rows), "this SQL"));
    }

    /** At most one row into {@code type}; NonUniqueResultException when there are more. */
    public <T> Optional<T> findOne(Class<T> type) {
        return executor.query(call(type), ResultMappers.findOne(rows -> mapper(type, rows), "this SQL"));
    }

    /** The first row into {@code type}, if any. */
    public <T> Optional<T> first(Class<T> type) {
        return executor.query(call(type), ResultMappers.first(rows -> mapper(type, rows)));
    }

    /** Every row as a {@link Row}. */
    public List<Row> rows() {
        return executor.query(call(Row.class), Row.listReader(plans.registry()));
    }

    /** Exactly one row. */
    public Row one() {
        return only(rows(), true).orElseThrow();
    }

    /** At most one row. */
    public Optional<Row> findOne() {
        return only(rows(), false);
    }

    /** The first row, if any. */
    public Optional<Row> first() {
        List<Row> all = rows();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Runs a statement that returns no rows and gives the number of rows it changed. */
    public long execute() {
        Call call = call(null);
        if (!parsed.changesSession()) {
            return executor.update(call);
        }
        // A session SET outlives its statement on a pooled connection: run it in a transaction
        // (joining the caller's) whose end resets the session before the connection is reused.
        return executor.inTransaction(inside -> {
            inside.sessionChanged();
            return inside.update(call);
        });
    }

    private <T> dev.tusk.mapping.RowMapper<T> mapper(Class<T> type, java.sql.ResultSet rows) throws java.sql.SQLException {
        return ResultMappers.mapperFor(type, rows.getMetaData(), plans);
    }

    private static Optional<Row> only(List<Row> rows, boolean required) {
        if (rows.size() > 1) {
            throw new dev.tusk.exception.NonUniqueResultException("expected at most one row, found " + rows.size());
        }
        if (rows.isEmpty() && required) {
            throw new dev.tusk.exception.NotFoundException("expected one row, found none");
        }
        return rows.stream().findFirst();
    }

    private Call call(Class<?> target) {
        for (int index = 0; index < positionalBound.length; index++) {
            if (!positionalBound[index]) {
                throw new ValidationException("placeholder ? number " + (index + 1) + " is not bound: call bind("
                        + (index + 1) + ", value)");
            }
        }
        SqlStatement statement = parsed.toStatement(named, positional);
        int count = statement.params().size();
        Class<?> entity = target != null && target.isAnnotationPresent(dev.tusk.annotation.Table.class) ? target : null;
        return new Call("sql", entity, statement, new TypeCodec<?>[count], parsed.jdbcParameterNames());
    }
}
