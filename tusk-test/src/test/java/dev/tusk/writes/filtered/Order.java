package dev.tusk.writes.filtered;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A versioned record for filtered updates and deletes. */
@Table(name = "orders")
public record Order(@Id @Generated Long id, @Column(length = 12, nullable = false) String status,
                    @Enumerated(type = "order_priority") Priority priority, BigDecimal total, OffsetDateTime shippedAt,
                    @Version int version) {

    static Order draft(String status, String total) {
        return new Order(null, status, Priority.NORMAL, new BigDecimal(total), null, 0);
    }
}
