package dev.tusk.query;

/** A jsonb key test; the SQL is escaped for pgjdbc (?? sends ?). */
public enum JsonKeyTest {
    HAS_KEY("??"), HAS_ANY_KEY("??|"), HAS_ALL_KEYS("??&");

    private final String sql;

    JsonKeyTest(String sql) {
        this.sql = sql;
    }

    /** The operator as SQL. */
    public String sql() {
        return sql;
    }
}
