package dev.tusk.bench.peer.hibernate;

import dev.tusk.bench.data.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A row of {@code tusk_bench.item} as a Hibernate entity, mapped with field access (the {@code @Id}
 * sits on a field). Its keys come from {@value HibernateBootstrap#ITEM_SEQUENCE}, not from the
 * table's identity column: Hibernate cannot batch inserts of an {@code IDENTITY} entity (it must
 * read each key back as the row is written), and the User Guide's batching chapter advises a
 * sequence with the pooled optimizer instead. The sequence starts far above the keys the other
 * libraries get from the identity, so rows of both kinds can share the table.
 *
 * <p>Not final and with a no-argument constructor, because Hibernate instantiates entities
 * reflectively and subclasses them for lazy proxies.
 */
@Entity(name = "Item")
@Table(schema = "tusk_bench", name = "item")
public class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = HibernateBootstrap.ITEM_SEQUENCE)
    @SequenceGenerator(name = HibernateBootstrap.ITEM_SEQUENCE, schema = "tusk_bench",
            sequenceName = "item_hibernate_seq", initialValue = HibernateBootstrap.ITEM_SEQUENCE_START,
            allocationSize = HibernateBootstrap.ITEM_SEQUENCE_INCREMENT)
    private Long id;
    private String sku;
    private String name;
    private String description;
    private int quantity;
    private BigDecimal price;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    private boolean active;

    /** For Hibernate, which fills the fields itself. */
    protected ItemEntity() {
    }

    /** A new, transient entity holding {@code item}'s columns; its key is assigned when it is persisted. */
    public ItemEntity(Item item) {
        this.sku = item.sku();
        this.name = item.name();
        this.description = item.description();
        this.quantity = item.quantity();
        this.price = item.price();
        this.createdAt = item.createdAt();
        this.active = item.active();
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }
}
