package dev.tusk.query;

import dev.tusk.exception.ValidationException;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Offset pages and keyset slices. A keyset cursor holds the ORDER BY values of the last row (the
 * key is appended as a tie-breaker), each in its column's PostgreSQL text form (a NULL as length
 * -1), base64url-encoded; the next slice starts strictly after them, so rows inserted meanwhile
 * never shift it. NULLs sit where ORDER BY puts them: last ascending, first descending, unless
 * placed with nullsFirst()/nullsLast().
 */
final class Pagination {
    private static final String VERSION = "k1";
    private static final int NULL_LENGTH = -1;

    private Pagination() {
    }

    static <T> Page<T> page(Query<T> query, int number, int size) {
        if (number < 1) {
            throw new ValidationException("page numbers start at 1, got " + number);
        }
        if (size < 1) {
            throw new ValidationException("page size must be at least 1, got " + size);
        }
        long total = query.with(query.state().withLimit(null).withOffset(null).withOrderBy(List.of())).count();
        List<T> items = query.limit(size).offset((long) (number - 1) * size).list();
        return new Page<>(items, number, size, total);
    }

    static <T> Slice<T> keyset(Query<T> query, int size, String cursor) {
        if (size < 1) {
            throw new ValidationException("slice size must be at least 1, got " + size);
        }
        if (query.state().offset() != null || query.state().limit() != null) {
            throw new ValidationException("keyset(...) sets its own limit: remove limit() and offset()");
        }
        EntityModel<T> model = EntityModel.of(query.entity());
        List<Order> orders = keysetOrder(query, model);
        List<PropertyModel> keys = orders.stream().map(order -> propertyOf(order, model)).toList();
        Query<T> ordered = query.with(query.state().withOrderBy(orders));
        if (cursor != null) {
            ordered = ordered.where(after(orders, decode(cursor, keys, query)));
        }
        List<T> rows = ordered.limit(size + 1L).list();
        if (rows.size() <= size) {
            return new Slice<>(rows, null);
        }
        List<T> items = rows.subList(0, size);
        return new Slice<>(items, encode(items.get(size - 1), keys, model, query));
    }

    /** The query's order, each item a plain column of the entity, with the key columns appended. */
    private static <T> List<Order> keysetOrder(Query<T> query, EntityModel<T> model) {
        List<Order> orders = new ArrayList<>(query.state().orderBy());
        for (Order order : orders) {
            propertyOf(order, model);
        }
        for (PropertyModel key : model.keys()) {
            boolean present = orders.stream().anyMatch(order -> propertyOf(order, model) == key);
            if (!present) {
                orders.add(new Order(new Expr.Column(query.entity(), key.name(), null), false, null));
            }
        }
        return orders;
    }

    private static PropertyModel propertyOf(Order order, EntityModel<?> model) {
        if (!(order.expression() instanceof Expr.Column column) || column.source() != null) {
            throw new ValidationException("keyset(...) orders by columns of " + model.type().getSimpleName()
                    + " only; an expression cannot be resumed from a cursor");
        }
        return model.property(column.name());
    }

    /**
     * {@code (a > x) OR (a = x AND b > y) OR ...}, each comparison in its column's direction. A plain
     * comparison is never true for NULL, so NULLs are spelled out: without that, rows with a NULL in
     * an order column would be skipped without a word.
     */
    private static Condition after(List<Order> orders, List<Object> values) {
        List<Condition> branches = new ArrayList<>();
        for (int position = 0; position < orders.size(); position++) {
            Condition beyond = beyond(orders.get(position), values.get(position));
            if (beyond == null) {
                continue;
            }
            List<Condition> parts = new ArrayList<>();
            for (int earlier = 0; earlier < position; earlier++) {
                parts.add(same(orders.get(earlier), values.get(earlier)));
            }
            parts.add(beyond);
            branches.add(parts.size() == 1 ? parts.get(0) : new Condition.And(parts));
        }
        return branches.size() == 1 ? branches.get(0) : new Condition.Or(branches);
    }

    /** The rows that sort strictly after {@code value} in this order item; null when none can. */
    private static Condition beyond(Order order, Object value) {
        Expr.Column column = (Expr.Column) order.expression();
        boolean nullsFirst = order.nulls() == null ? order.descending() : order.nulls() == Order.Nulls.FIRST;
        if (value == null) {
            return nullsFirst ? new Condition.IsNull(column, true) : null;
        }
        ComparisonOperator direction = order.descending() ? ComparisonOperator.LT : ComparisonOperator.GT;
        Condition past = new Condition.Compare(column, direction, new Expr.Value(value, column));
        return nullsFirst ? past : new Condition.Or(List.of(past, new Condition.IsNull(column, false)));
    }

    private static Condition same(Order order, Object value) {
        Expr.Column column = (Expr.Column) order.expression();
        return value == null ? new Condition.IsNull(column, false)
                : new Condition.Compare(column, ComparisonOperator.EQ, new Expr.Value(value, column));
    }

    private static <T> String encode(T last, List<PropertyModel> keys, EntityModel<T> model, Query<T> query) {
        StringBuilder text = new StringBuilder(VERSION);
        for (PropertyModel key : keys) {
            Object value = model.get(last, key);
            if (value == null) {
                text.append('\n').append(NULL_LENGTH).append(':');
                continue;
            }
            String formatted = query.engine().format(model.type(), key.name(), value);
            text.append('\n').append(formatted.length()).append(':').append(formatted);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object> decode(String cursor, List<PropertyModel> keys, Query<?> query) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!text.startsWith(VERSION)) {
            throw invalid();
        }
        List<Object> values = new ArrayList<>();
        int position = VERSION.length();
        for (PropertyModel key : keys) {
            int colon = text.indexOf(':', position);
            if (position >= text.length() || text.charAt(position) != '\n' || colon < 0) {
                throw invalid();
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(position + 1, colon));
            } catch (NumberFormatException notANumber) {
                throw invalid();
            }
            if (length == NULL_LENGTH && !key.id()) {
                values.add(null);
                position = colon + 1;
                continue;
            }
            if (length < 0 || colon + 1 + length > text.length()) {
                throw invalid();
            }
            values.add(query.engine().parse(query.entity(), key.name(), text.substring(colon + 1, colon + 1 + length)));
            position = colon + 1 + length;
        }
        if (position != text.length()) {
            throw invalid();
        }
        return values;
    }

    private static ValidationException invalid() {
        return new ValidationException("cursor is not one this query produced: pass the nextCursor of the previous"
                + " slice of the same query, or null for the first slice");
    }
}
