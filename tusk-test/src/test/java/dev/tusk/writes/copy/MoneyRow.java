package dev.tusk.writes.copy;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/** money has no binary form Tusk writes: copying this is refused. */
@Table(name = "copy_money")
public record MoneyRow(@Id int id, @Column(type = "money") BigDecimal price) {
}
