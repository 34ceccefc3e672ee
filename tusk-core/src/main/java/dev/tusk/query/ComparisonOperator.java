package dev.tusk.query;

/** A comparison operator. */
public enum ComparisonOperator {
    EQ("="), NE("<>"), GT(">"), GTE(">="), LT("<"), LTE("<=");

    private final String sql;

    ComparisonOperator(String sql) {
        this.sql = sql;
    }

    /** The operator as SQL. */
    public String sql() {
        return sql;
    }
}
