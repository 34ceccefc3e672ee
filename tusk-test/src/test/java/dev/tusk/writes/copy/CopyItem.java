package dev.tusk.writes.copy;

import dev.tusk.annotation.Default;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A record entity: database-generated key, a unique name, a database default. */
@Table(name = "copy_item")
public record CopyItem(@Id @Generated Long id, String name, int quantity, BigDecimal price,
                       @Default("now()") OffsetDateTime createdAt) {

    public static CopyItem of(String name, int quantity) {
        return new CopyItem(null, name, quantity, BigDecimal.valueOf(quantity, 2), null);
    }
}
