package dev.tusk.query;

/** An array operator. */
public enum ArrayOperator {
    CONTAINS("@>"), CONTAINED_BY("<@"), OVERLAPS("&&");

    private final String sql;

    ArrayOperator(String sql) {
        this.sql = sql;
    }

    /** The operator as SQL. */
    public String sql() {
        return sql;
    }
}
