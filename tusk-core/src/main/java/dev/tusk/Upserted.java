package dev.tusk;

/**
 * One row of an upsert: the entity as stored (generated and updated values included) and whether
 * the row was inserted or an existing one updated. With {@code doNothing()}, a skipped row comes
 * back as the entity passed in with {@code inserted() == false} and {@code skipped() == true}.
 */
public record Upserted<T>(T entity, boolean inserted, boolean skipped) {

    public boolean updated() {
        return !inserted && !skipped;
    }
}
