package dev.tusk;

import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exception.ErrorContext;
import dev.tusk.exception.TuskException;
import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Call;
import dev.tusk.exec.CopyWriter;
import dev.tusk.exec.Executor;
import dev.tusk.mapping.EntityPlans;
import dev.tusk.model.PropertyModel;
import dev.tusk.render.CopySql;
import dev.tusk.render.SqlStatement;
import dev.tusk.type.BinaryEncoder;
import dev.tusk.type.ColumnType;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Bulk loading with binary {@code COPY ... FROM STDIN}: plans the entity once (refusing types COPY
 * cannot write before any SQL), reads the table's column types once per database to check the
 * bytes against them, then streams the rows through a {@link CopyWriter} with constant memory.
 *
 * <p>All or nothing: a COPY is one statement, so it runs in one transaction (the caller's, inside
 * one). A row that fails its checks, an exception from the caller's iterator, or a server error at
 * any row cancels the COPY and nothing is stored. Generated values do not come back: COPY returns
 * only the row count.
 */
final class CopyCommands {
    /** SQLSTATEs that mean the table no longer looks as read: its column types are read again next time. */
    private static final Set<String> TABLE_CHANGED = Set.of("22P03", "42804", "42703", "42P01");
    private static final Pattern COPY_LINE = Pattern.compile("COPY .*, line (\\d+)");

    private final Executor executor;
    private final EntityPlans plans;
    private final Map<Class<?>, CopyPlan<?>> copyPlans = new ConcurrentHashMap<>();

    CopyCommands(Executor executor, EntityPlans plans) {
        this.executor = executor;
        this.plans = plans;
    }

    <T> long copy(Class<T> type, Iterator<? extends T> rows) {
        if (type == null) {
            throw new ValidationException("entity class must not be null");
        }
        if (rows == null) {
            throw new ValidationException("rows must not be null", ErrorContext.of(type, "copy"), null);
        }
        CopyPlan<T> plan = planOf(type);
        CopyRows<T> source = new CopyRows<>(plan, rows);
        if (!source.hasNext()) {
            return 0;
        }
        Object[] first = source.next();
        List<PropertyModel> columns = source.columns();
        if (columns.isEmpty()) {
            throw new ValidationException("nothing to copy: every column of " + type.getSimpleName() + " is left to the"
                    + " database in row 0; set at least one field", ErrorContext.of(type, "copy"), null);
        }
        if (!plan.knowsTable()) {
            plan.learnTable(columnTypes(plan));
        }
        BinaryEncoder<Object>[] encoders = plan.encodersFor(columns);
        String sql = CopySql.copyIn(plan.model(), columns);
        int[] slots = columns.stream().mapToInt(PropertyModel::slot).toArray();
        String[] names = columns.stream().map(PropertyModel::name).toArray(String[]::new);
        Call call = Call.of("copy", type, SqlStatement.of(sql));
        try {
            return executor.withConnection(call, connection -> {
                try (CopyWriter writer = CopyWriter.open(connection, sql, type.getSimpleName(), slots, encoders,
                        names)) {
                    writer.row(first);
                    while (source.hasNext()) {
                        writer.row(source.next());
                    }
                    return writer.finish();
                }
            });
        } catch (ConstraintViolationException violation) {
            int row = failedRow(violation);
            throw row < 0 ? violation : violation.atRow(row);
        } catch (TuskException failure) {
            if (failure.sqlState() != null && TABLE_CHANGED.contains(failure.sqlState())) {
                plan.forgetTable();
            }
            throw failure;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> CopyPlan<T> planOf(Class<T> type) {
        CopyPlan<?> plan = copyPlans.get(type);
        if (plan == null) {
            plan = CopyPlan.of(plans.of(type), plans.registry());
            CopyPlan<?> raced = copyPlans.putIfAbsent(type, plan);
            plan = raced != null ? raced : plan;
        }
        return (CopyPlan<T>) plan;
    }

    /** The table's columns by name; empty when the table does not exist (the COPY then says so). */
    private Map<String, ColumnType> columnTypes(CopyPlan<?> plan) {
        Call call = Call.of("copy", plan.model().type(), CopySql.columnTypes(plan.model()));
        return executor.query(call, rows -> {
            Map<String, ColumnType> columns = new HashMap<>();
            while (rows.next()) {
                int elementOid = rows.getInt(4);
                ColumnType column = elementOid == 0 ? ColumnType.scalar(rows.getString(2), kind(rows.getString(3)))
                        : new ColumnType(rows.getString(2), kind(rows.getString(3)), elementOid, rows.getString(5),
                        kind(rows.getString(6)));
                columns.put(rows.getString(1), column);
            }
            return columns;
        });
    }

    private static char kind(String typtype) {
        return typtype == null || typtype.isEmpty() ? ' ' : typtype.charAt(0);
    }

    /** The 0-based row the server names in its error context ({@code COPY t, line 3}), or -1. */
    private static int failedRow(TuskException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                Matcher line = server.getWhere() == null ? null : COPY_LINE.matcher(server.getWhere());
                if (line == null || !line.find() || line.group(1).length() > 9) {
                    return -1;
                }
                return Integer.parseInt(line.group(1)) - 1;
            }
        }
        return -1;
    }
}
