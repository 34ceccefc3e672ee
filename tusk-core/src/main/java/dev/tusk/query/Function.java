package dev.tusk.query;

/** The scalar functions the DSL can call; the SQL name comes from here, never from a caller. */
public enum Function {
    LOWER("lower"), UPPER("upper"), LENGTH("length"), TRIM("btrim"), COALESCE("coalesce"), NULLIF("nullif"),
    NOW("now"), CONCAT("concat"), ABS("abs"), ROUND("round"), GREATEST("greatest"), LEAST("least"),
    TO_TSVECTOR("to_tsvector");

    private final String sql;

    Function(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
