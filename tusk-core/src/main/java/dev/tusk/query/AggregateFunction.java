package dev.tusk.query;

/** The aggregate functions: usable in {@code aggregate(...)}, {@code annotate} with {@code groupBy}, and over windows. */
public enum AggregateFunction {
    SUM("sum"), AVG("avg"), MIN("min"), MAX("max"), COUNT("count"), ARRAY_AGG("array_agg"), STRING_AGG("string_agg");

    private final String sql;

    AggregateFunction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
