package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-dimensional PostgreSQL array ({@code integer[]}, {@code text[]}, {@code mood[]}...) to a
 * {@code List<E>}, an {@code E[]} or a primitive array, through the element's own codec. Bound as
 * the array literal ({@code {1,NULL,"a \"b\""}}) with {@code Types.OTHER}, so the server takes it as
 * the column's array type; read with {@code getString} and parsed.
 *
 * <p>Edge cases: elements are quoted whenever needed (quotes, backslashes, commas, braces,
 * whitespace, the empty string, the string {@code "NULL"}), so any string survives; Java null
 * elements are SQL NULL elements. A NULL element read into a primitive array throws
 * {@link dev.tusk.exception.ValidationException} naming the fix. Multi-dimensional arrays are
 * refused on read; arrays whose lower bound is not 1 ({@code [0:2]={...}}) read from their first
 * element. Each element passes its codec's {@link #validate}. A {@code List} is read as a mutable
 * {@link ArrayList}; an empty array reads as an empty container, never null.
 *
 * @param <C> the Java container type
 * @param <E> the element type
 */
final class ArrayCodec<C, E> implements TypeCodec<C> {
    private final TypeCodec<E> element;
    private final ArrayShape<C, E> shape;

    ArrayCodec(TypeCodec<E> element, ArrayShape<C, E> shape) {
        this.element = element;
        this.shape = shape;
    }

    /** A {@code List} of this element codec's type. */
    static <E> ArrayCodec<List<E>, E> listOf(TypeCodec<E> element) {
        return new ArrayCodec<>(element, ArrayShape.list());
    }

    @Override
    public String sqlType() {
        return element.sqlType() + "[]";
    }

    @Override
    public void validate(C value) {
        for (E item : shape.toList().apply(value)) {
            if (item != null) {
                element.validate(item);
            }
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, C value) throws SQLException {
        statement.setObject(index, format(value), Types.OTHER);
    }

    @Override
    public C read(ResultSet rows, int column) throws SQLException {
        String literal = rows.getString(column);
        return literal == null ? null : parse(literal);
    }

    @Override
    public String format(C value) {
        List<E> items = shape.toList().apply(value);
        List<String> texts = new ArrayList<>(items.size());
        for (E item : items) {
            texts.add(item == null ? null : element.format(item));
        }
        return ArrayLiteral.format(texts);
    }

    @Override
    public C parse(String text) {
        List<String> texts = ArrayLiteral.parse(text);
        List<E> items = new ArrayList<>(texts.size());
        for (String item : texts) {
            items.add(item == null ? null : element.parse(item));
        }
        return shape.fromList().apply(items);
    }
}
