package dev.tusk.query;

/** An arithmetic operator on numbers. */
public enum ArithmeticOperator {
    PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/"), MODULO("%");

    private final String sql;

    ArithmeticOperator(String sql) {
        this.sql = sql;
    }

    /** The operator as SQL. */
    public String sql() {
        return sql;
    }
}
