package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code point} to {@link Point}. Bound as {@code (x,y)} with {@code Types.OTHER}, read with
 * {@code getString}.
 *
 * <p>Edge cases: NaN and infinite coordinates are stored and read back (PostgreSQL's point holds
 * them; {@code Point} compares NaN equal to NaN, as records compare doubles). Coordinates are
 * doubles, read back exactly (the server writes the shortest text that round-trips).
 */
final class PointCodec implements TypeCodec<Point> {
    static final PointCodec INSTANCE = new PointCodec();

    private PointCodec() {
    }

    @Override
    public String sqlType() {
        return "point";
    }

    @Override
    public void bind(PreparedStatement statement, int index, Point value) throws SQLException {
        statement.setObject(index, value.toString(), Types.OTHER);
    }

    @Override
    public Point read(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : Point.parse(text);
    }

    @Override
    public String format(Point value) {
        return value.toString();
    }

    @Override
    public Point parse(String text) {
        return Point.parse(text);
    }
}
