package dev.tusk.query;

import java.util.List;

/**
 * A row lock: {@code FOR UPDATE [OF t] [NOWAIT | SKIP LOCKED]}, or the weaker strengths.
 *
 * @param of entities whose tables are locked; empty for all
 */
public record Lock(Strength strength, Wait waiting, List<Class<?>> of) {

    /** Lock strength. */
    public enum Strength {
        UPDATE("FOR UPDATE"), NO_KEY_UPDATE("FOR NO KEY UPDATE"), SHARE("FOR SHARE"), KEY_SHARE("FOR KEY SHARE");

        private final String sql;

        Strength(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** What to do when a row is locked already. */
    public enum Wait { WAIT, NOWAIT, SKIP_LOCKED }

    public Lock {
        of = List.copyOf(of);
    }

    public Lock withWait(Wait value) {
        return new Lock(strength, value, of);
    }

    public Lock withOf(List<Class<?>> entities) {
        return new Lock(strength, waiting, entities);
    }
}
