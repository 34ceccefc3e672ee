package dev.tusk.query;

/** A pgvector distance operator. INNER is pgvector's negative inner product. */
public enum VectorMetric {
    L2("<->"), COSINE("<=>"), INNER("<#>"), L1("<+>");

    private final String sql;

    VectorMetric(String sql) {
        this.sql = sql;
    }

    /** The operator as SQL. */
    public String sql() {
        return sql;
    }
}
