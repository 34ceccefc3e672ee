package dev.tusk.query;

/** Ranking and offset functions, valid only with {@code OVER (...)}. */
public enum WindowFunction {
    ROW_NUMBER("row_number"), RANK("rank"), DENSE_RANK("dense_rank"), PERCENT_RANK("percent_rank"),
    CUME_DIST("cume_dist"), NTILE("ntile"), LAG("lag"), LEAD("lead"), FIRST_VALUE("first_value"),
    LAST_VALUE("last_value"), NTH_VALUE("nth_value");

    private final String sql;

    WindowFunction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
