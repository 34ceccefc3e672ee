package dev.tusk.bench.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A fingerprint of a set of items that the table can compute with one aggregate query: a load that
 * drops rows, mangles a numeric or shifts a timestamp does not match the list it was given. All
 * generated text is ASCII, so Java's {@code length()} and PostgreSQL's {@code length()} agree.
 *
 * @param rows            how many
 * @param quantities      sum of {@code quantity}
 * @param prices          sum of {@code price}
 * @param textLength      total length of {@code sku}, {@code name} and {@code description}
 * @param descriptions    rows with a description (the others are NULL)
 * @param actives         rows with {@code active}
 * @param createdMicros   sum of {@code created_at} in microseconds after {@link #BASE}
 */
public record ItemDigest(long rows, long quantities, BigDecimal prices, long textLength, long descriptions, long actives,
                  long createdMicros) {
    private static final OffsetDateTime BASE = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String QUERY = """
            SELECT count(*), coalesce(sum(quantity), 0), coalesce(sum(price), 0),
                   coalesce(sum(length(sku) + length(name) + coalesce(length(description), 0)), 0),
                   count(description), count(*) FILTER (WHERE active),
                   coalesce(sum(((extract(epoch FROM created_at) - %d) * 1000000)::bigint), 0)
            FROM tusk_bench.item""".formatted(BASE.toEpochSecond());

    public static ItemDigest of(List<Item> items) {
        long quantities = 0;
        BigDecimal prices = BigDecimal.ZERO;
        long textLength = 0;
        long descriptions = 0;
        long actives = 0;
        long createdMicros = 0;
        for (Item item : items) {
            quantities += item.quantity();
            prices = prices.add(item.price());
            textLength += item.sku().length() + item.name().length();
            if (item.description() != null) {
                textLength += item.description().length();
                descriptions++;
            }
            actives += item.active() ? 1 : 0;
            createdMicros += ChronoUnit.MICROS.between(BASE, item.createdAt());
        }
        return new ItemDigest(items.size(), quantities, prices, textLength, descriptions, actives, createdMicros);
    }

    public static ItemDigest read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(QUERY)) {
            result.next();
            return new ItemDigest(result.getLong(1), result.getLong(2), result.getBigDecimal(3), result.getLong(4),
                    result.getLong(5), result.getLong(6), result.getLong(7));
        }
    }

    /** Equal fingerprints; numeric sums compare by value, whatever their scale. */
    boolean matches(ItemDigest other) {
        return rows == other.rows && quantities == other.quantities && prices.compareTo(other.prices) == 0
                && textLength == other.textLength && descriptions == other.descriptions && actives == other.actives
                && createdMicros == other.createdMicros;
    }
}
