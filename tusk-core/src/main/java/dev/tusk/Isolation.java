package dev.tusk;

/** PostgreSQL's transaction isolation levels ({@code READ UNCOMMITTED} behaves as {@code READ COMMITTED} there, so it is left out). */
public enum Isolation {
    READ_COMMITTED("READ COMMITTED"),
    REPEATABLE_READ("REPEATABLE READ"),
    SERIALIZABLE("SERIALIZABLE");

    private final String sql;

    Isolation(String sql) {
        this.sql = sql;
    }

    /** The level as {@code SET TRANSACTION ISOLATION LEVEL} takes it. */
    String sql() {
        return sql;
    }
}
