package dev.tusk.query.shape;

import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/** Seven rows (see {@link GadgetFixture}) with NULLs in {@code rank} and {@code price}, for the shape tests. */
@Table(name = "gadget")
public record Gadget(@Id Long id, String name, @Enumerated(type = "gadget_kind") GadgetKind kind, Integer rank,
                     BigDecimal price, int stock) {}
