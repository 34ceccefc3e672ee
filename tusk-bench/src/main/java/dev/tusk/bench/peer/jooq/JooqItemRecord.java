package dev.tusk.bench.peer.jooq;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jooq.impl.UpdatableRecordImpl;

/**
 * A row of {@link JooqItemTable}, as the code generator writes an {@code UpdatableRecord}: typed
 * getters and setters by column index. Being updatable, a fetched record can {@code store()} itself
 * back by primary key, changing only the columns that were set.
 */
public final class JooqItemRecord extends UpdatableRecordImpl<JooqItemRecord> {

    /** An empty record; jOOQ calls this when it materialises fetched rows. */
    public JooqItemRecord() {
        super(JooqItemTable.ITEM);
    }

    public Long getId() {
        return (Long) get(0);
    }

    public JooqItemRecord setId(Long value) {
        set(0, value);
        return this;
    }

    public String getSku() {
        return (String) get(1);
    }

    public JooqItemRecord setSku(String value) {
        set(1, value);
        return this;
    }

    public String getName() {
        return (String) get(2);
    }

    public JooqItemRecord setName(String value) {
        set(2, value);
        return this;
    }

    public String getDescription() {
        return (String) get(3);
    }

    public JooqItemRecord setDescription(String value) {
        set(3, value);
        return this;
    }

    public Integer getQuantity() {
        return (Integer) get(4);
    }

    public JooqItemRecord setQuantity(Integer value) {
        set(4, value);
        return this;
    }

    public BigDecimal getPrice() {
        return (BigDecimal) get(5);
    }

    public JooqItemRecord setPrice(BigDecimal value) {
        set(5, value);
        return this;
    }

    public OffsetDateTime getCreatedAt() {
        return (OffsetDateTime) get(6);
    }

    public JooqItemRecord setCreatedAt(OffsetDateTime value) {
        set(6, value);
        return this;
    }

    public Boolean getActive() {
        return (Boolean) get(7);
    }

    public JooqItemRecord setActive(Boolean value) {
        set(7, value);
        return this;
    }
}
