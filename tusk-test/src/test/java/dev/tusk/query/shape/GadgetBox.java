package dev.tusk.query.shape;

import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/** The {@code gadget} table mapped as a plain class, to see what unloaded fields of a class hold. */
@Table(name = "gadget")
public class GadgetBox {
    @Id
    Long id;
    String name;
    @Enumerated(type = "gadget_kind")
    GadgetKind kind;
    Integer rank;
    BigDecimal price;
    int stock;

    GadgetBox() {
    }
}
