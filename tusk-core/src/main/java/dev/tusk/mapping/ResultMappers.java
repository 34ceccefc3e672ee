package dev.tusk.mapping;

import dev.tusk.exception.MappingException;
import dev.tusk.exception.NonUniqueResultException;
import dev.tusk.exception.NotFoundException;
import dev.tusk.exec.ResultReader;
import dev.tusk.type.TypeCodec;
import dev.tusk.type.TypeUsage;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Readers for a result of unknown shape mapped into a class: a scalar type with a codec (one
 * column), or an entity, record or class matched by column label.
 */
public final class ResultMappers {
    private ResultMappers() {
    }

    /** A mapper for the current result into {@code type}, planned from its metadata. */
    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> mapperFor(Class<T> type, ResultSetMetaData metadata, EntityPlans plans)
            throws SQLException {
        Optional<TypeCodec<?>> scalar = isComposite(type) ? Optional.empty() : plans.registry().find(TypeUsage.of(type));
        if (scalar.isPresent()) {
            if (metadata.getColumnCount() != 1) {
                throw new MappingException("cannot read " + metadata.getColumnCount() + " columns into "
                        + type.getSimpleName() + ": select exactly one column, or map into a record");
            }
            TypeCodec<T> codec = (TypeCodec<T>) scalar.get();
            return rows -> codec.read(rows, 1);
        }
        return plans.of(type).forResult(metadata);
    }

    private static boolean isComposite(Class<?> type) {
        return type.isRecord() || type.isAnnotationPresent(dev.tusk.annotation.Table.class);
    }

    public static <T> ResultReader<List<T>> list(Class<T> type, EntityPlans plans) {
        return rows -> {
            RowMapper<T> mapper = mapperFor(type, rows.getMetaData(), plans);
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        };
    }

    /** Every row, through a mapper planned from the result. */
    public static <T> ResultReader<List<T>> list(RowReaderFactory<T> factory) {
        return rows -> {
            RowMapper<T> mapper = factory.plan(rows);
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        };
    }

    /** Exactly one row: NotFoundException when none, NonUniqueResultException when more. */
    public static <T> ResultReader<T> one(RowReaderFactory<T> factory, String what) {
        return rows -> {
            Optional<T> only = atMostOne(factory, rows, what);
            return only.orElseThrow(() -> new NotFoundException("expected one row for " + what + ", found none"));
        };
    }

    /** At most one row: empty when none, NonUniqueResultException when more. */
    public static <T> ResultReader<Optional<T>> findOne(RowReaderFactory<T> factory, String what) {
        return rows -> atMostOne(factory, rows, what);
    }

    /** The first row, if any; the rest are not read. */
    public static <T> ResultReader<Optional<T>> first(RowReaderFactory<T> factory) {
        return rows -> rows.next() ? Optional.ofNullable(factory.plan(rows).map(rows)) : Optional.empty();
    }

    private static <T> Optional<T> atMostOne(RowReaderFactory<T> factory, ResultSet rows, String what)
            throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        T value = factory.plan(rows).map(rows);
        if (rows.next()) {
            throw new NonUniqueResultException("expected at most one row for " + what + ", found more");
        }
        return Optional.ofNullable(value);
    }

    /** Plans a row mapper from an open result (its metadata). */
    @FunctionalInterface
    public interface RowReaderFactory<T> {
        RowMapper<T> plan(ResultSet rows) throws SQLException;
    }
}
