package dev.tusk.writes.copy;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/** An unconstrained numeric and a numeric(10,2). */
@Table(name = "copy_numbers")
public record NumberRow(@Id int id, BigDecimal value, @Column(type = "numeric(10,2)") BigDecimal money) {
}
