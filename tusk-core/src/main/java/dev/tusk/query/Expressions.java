package dev.tusk.query;

/** Small helpers shared by the DSL interfaces. */
final class Expressions {
    private Expressions() {
    }

    /** A bound value; when compared with a column, the column's codec binds it (enums, json, inet...). */
    static Expr valueFor(Expr peer, Object value) {
        return new Expr.Value(value, peer instanceof Expr.Column column ? column : null);
    }
}
