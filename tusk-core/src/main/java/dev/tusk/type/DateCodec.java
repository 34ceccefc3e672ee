package dev.tusk.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * {@code date} to {@link LocalDate}. Bound with {@code setObject(value)} and read with
 * {@code getObject(column, LocalDate.class)}: no {@code java.sql} date types and no time zone, so the
 * JVM's default zone never shifts the value.
 *
 * <p>Edge cases: {@code infinity} and {@code -infinity} read as {@link LocalDate#MAX} and
 * {@link LocalDate#MIN}, and those two are written back as infinity (pgjdbc's mapping). Dates before
 * 1 AD use ISO years ({@code LocalDate.of(-43, 3, 15)} is {@code 0044-03-15 BC}). Dates beyond
 * PostgreSQL's range (4713 BC to 5874897 AD) are refused by the server.
 */
final class DateCodec implements TypeCodec<LocalDate> {
    static final DateCodec INSTANCE = new DateCodec();

    private DateCodec() {
    }

    @Override
    public String sqlType() {
        return "date";
    }

    @Override
    public void bind(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setObject(index, value);
    }

    @Override
    public void bindNull(PreparedStatement statement, int index) throws SQLException {
        statement.setNull(index, Types.DATE);
    }

    @Override
    public LocalDate read(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    @Override
    public String format(LocalDate value) {
        return PgDateTimeText.formatDate(value);
    }

    @Override
    public LocalDate parse(String text) {
        return PgDateTimeText.parseDate(text);
    }
}
