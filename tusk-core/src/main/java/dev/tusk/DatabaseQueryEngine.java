package dev.tusk;

import dev.tusk.exec.Call;
import dev.tusk.exec.Executor;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.mapping.ResultMappers;
import dev.tusk.mapping.Row;
import dev.tusk.model.EntityModel;
import dev.tusk.query.QueryEngine;
import dev.tusk.query.SelectQuery;
import dev.tusk.query.Source;
import dev.tusk.query.UpdateQuery;
import dev.tusk.query.WriteQuery;
import dev.tusk.render.QueryRenderer;
import dev.tusk.render.RenderedQuery;
import dev.tusk.render.SqlStatement;
import dev.tusk.render.WriteRenderer;
import dev.tusk.type.TypeCodec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs query ASTs on a database: the renderer writes the SQL, the executor runs it, the mappers read it. */
final class DatabaseQueryEngine implements QueryEngine {
    private final Executor executor;
    private final EntityPlans plans;
    private final QueryRenderer renderer;
    private final WriteRenderer writes;
    /** Set once the relation loader exists (it runs its queries through this engine). */
    private Prefetcher prefetcher;

    DatabaseQueryEngine(Executor executor, EntityPlans plans) {
        this.executor = executor;
        this.plans = plans;
        this.renderer = new QueryRenderer(plans);
        this.writes = new WriteRenderer(plans);
    }

    void prefetcher(Prefetcher loader) {
        this.prefetcher = loader;
    }

    @Override
    public <T> List<T> prefetch(List<T> rows, List<List<dev.tusk.query.Relation<?, ?>>> paths) {
        return prefetcher.prefetch(rows, paths);
    }

    @Override
    public SqlStatement render(SelectQuery query) {
        return renderer.render(query).statement();
    }

    @Override
    public <T> List<T> list(SelectQuery query, Class<T> rowType) {
        if (!query.includes().isEmpty()) {
            return executor.query(call(renderer.render(query), query),
                    ResultMappers.list(rows -> IncludedRows.mapper(rowType, query, rows.getMetaData(), plans)));
        }
        return executor.query(call(renderer.render(query), query), ResultMappers.list(rowType, plans));
    }

    @Override
    public <T> Optional<T> first(SelectQuery query, Class<T> rowType) {
        return executor.query(call(renderer.render(query), query), ResultMappers.first(rows -> mapper(rowType, rows, query)));
    }

    @Override
    public <T> Optional<T> findOne(SelectQuery query, Class<T> rowType) {
        return executor.query(call(renderer.render(query), query),
                ResultMappers.findOne(rows -> mapper(rowType, rows, query), "this query"));
    }

    @Override
    public List<Row> rows(SelectQuery query) {
        return executor.query(call(renderer.render(query), query), Row.listReader(plans.registry()));
    }

    @Override
    public <T> Stream<T> stream(SelectQuery query, Class<T> rowType, int fetchSize) {
        return executor.stream(call(renderer.render(query), query), rows -> mapper(rowType, rows, query), fetchSize);
    }

    @Override
    public long count(SelectQuery query) {
        return executor.query(call(renderer.count(query), query), rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    @Override
    public boolean exists(SelectQuery query) {
        return executor.query(call(renderer.exists(query), query), rows -> rows.next() && rows.getBoolean(1));
    }

    @Override
    public long write(WriteQuery query) {
        return executor.update(writeCall(query));
    }

    @Override
    public <T> List<T> writeReturning(WriteQuery query, Class<T> rowType) {
        return executor.query(writeCall(query), ResultMappers.list(rowType, plans));
    }

    /** Renders first (unknown or foreign columns, mistyped values), then checks assigned values, all before SQL. */
    private Call writeCall(WriteQuery query) {
        String operation = query instanceof UpdateQuery ? "update" : "delete";
        RenderedQuery rendered = writes.render(query);
        if (query instanceof UpdateQuery update) {
            AssignmentCheck.validate(update, plans, operation);
        }
        return new Call(operation, query.target().entity(), rendered.statement(), rendered.codecs(), rendered.names());
    }

    @Override
    public String format(Class<?> entity, String field, Object value) {
        return codec(entity, field).format(value);
    }

    @Override
    public Object parse(Class<?> entity, String field, String text) {
        return codec(entity, field).parse(text);
    }

    private TypeCodec<Object> codec(Class<?> entity, String field) {
        return plans.of(entity).codec(EntityModel.of(entity).property(field));
    }

    private <T> dev.tusk.mapping.RowMapper<T> mapper(Class<T> rowType, java.sql.ResultSet rows, SelectQuery query)
            throws java.sql.SQLException {
        return query.includes().isEmpty() ? ResultMappers.mapperFor(rowType, rows.getMetaData(), plans)
                : IncludedRows.mapper(rowType, query, rows.getMetaData(), plans);
    }

    private static Call call(RenderedQuery rendered, SelectQuery query) {
        Class<?> entity = switch (query.source()) {
            case Source.Table table -> table.entity();
            case Source.CteRef cte -> cte.rowType();
        };
        return new Call("query", entity, rendered.statement(), rendered.codecs(), rendered.names());
    }
}
