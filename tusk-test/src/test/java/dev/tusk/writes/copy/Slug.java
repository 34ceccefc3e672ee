package dev.tusk.writes.copy;

import dev.tusk.type.TypeCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.Optional;

/** An application value type stored as text through a codec of the application's own. */
public record Slug(String value) {

    /** {@code text} through {@link #value()}. */
    public static final class Codec implements TypeCodec<Slug> {
        @Override
        public String sqlType() {
            return "text";
        }

        @Override
        public void bind(PreparedStatement statement, int index, Slug slug) throws SQLException {
            statement.setString(index, slug.value());
        }

        @Override
        public Slug read(ResultSet rows, int column) throws SQLException {
            String text = rows.getString(column);
            return text == null ? null : new Slug(text);
        }

        @Override
        public String format(Slug slug) {
            return slug.value();
        }

        @Override
        public Slug parse(String text) {
            return new Slug(text);
        }
    }

    /** {@link Year} as an integer, through a codec of the application's own. */
    public static final class YearCodec implements TypeCodec<Year> {
        @Override
        public String sqlType() {
            return "integer";
        }

        @Override
        public void bind(PreparedStatement statement, int index, Year year) throws SQLException {
            statement.setInt(index, year.getValue());
        }

        @Override
        public Year read(ResultSet rows, int column) throws SQLException {
            int value = rows.getInt(column);
            return rows.wasNull() ? null : Year.of(value);
        }

        @Override
        public String format(Year year) {
            return Integer.toString(year.getValue());
        }

        @Override
        public Year parse(String text) {
            return Year.parse(text);
        }
    }

    /** Registers both codecs. */
    public static Optional<TypeCodec<?>> codecFor(dev.tusk.type.TypeUsage usage) {
        if (usage.javaType() == Slug.class) {
            return Optional.of(new Codec());
        }
        return usage.javaType() == Year.class ? Optional.of(new YearCodec()) : Optional.empty();
    }
}
