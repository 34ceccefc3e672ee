package dev.tusk.validation;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/** Numeric columns at the edges of PostgreSQL's typmod: plain, a negative scale, a scale beyond the precision. */
@Table(name = "val_measures")
public record Measure(@Id long id,
                      @Column(precision = 5, scale = 2) BigDecimal money,
                      @Column(precision = 3, scale = -2) BigDecimal coarse,
                      @Column(precision = 2, scale = 4) BigDecimal fine,
                      @Column(precision = 3) Double ratio) {

    static final String SQL = """
            create table val_measures (id bigint primary key, money numeric(5,2), coarse numeric(3,-2),
                                       fine numeric(2,4), ratio numeric(3));
            """;
}
