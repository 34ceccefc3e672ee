package dev.tusk.bench.data;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A catalogue item: the row shape of the bulk workloads, one column of each common kind (identity
 * key, text, integer, numeric, timestamptz, boolean); {@code ItemTable} creates its table.
 */
@Table(name = "item", schema = "tusk_bench")
public record Item(@Id @Generated Long id,
                   String sku,
                   String name,
                   String description,
                   int quantity,
                   BigDecimal price,
                   OffsetDateTime createdAt,
                   boolean active) {

    /** This item as stored under {@code newId}: what a key-returning insert hands back. */
    public Item withId(long newId) {
        return new Item(newId, sku, name, description, quantity, price, createdAt, active);
    }
}
